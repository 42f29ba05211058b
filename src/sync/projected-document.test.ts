import "fake-indexeddb/auto";
import { describe, expect, it, vi } from "vitest";
import { createRoot } from "solid-js";
import type * as Y from "yjs";
import { createDocumentRegistry, type DocumentRegistry } from "./document-registry";
import { projectDocument, type DocumentSource } from "./projected-document";

const read = (doc: Y.Doc) => ({ text: doc.getText("t").toString() });
const append = (value: string) => (doc: Y.Doc) => doc.getText("t").insert(doc.getText("t").length, value);

/** A sync runtime that has not loaded yet: `arrive` hands over its documents. */
function lateSource(documents: DocumentRegistry) {
  let arrive = () => {};
  const arrived = new Promise<DocumentRegistry>((resolve) => (arrive = () => resolve(documents)));
  const source: DocumentSource = { now: () => undefined, later: () => arrived };
  return { source, arrive };
}

/** A registry that counts what is acquired and released. */
function countingRegistry() {
  const registry = createDocumentRegistry(() => {});
  const counts = { acquired: 0, released: 0 };
  const documents: DocumentRegistry = {
    ...registry,
    acquire(name) {
      counts.acquired += 1;
      const lease = registry.acquire(name);
      return { document: lease.document, release: () => ((counts.released += 1), lease.release()) };
    },
  };
  return { registry, documents, counts };
}

async function storedText(name: string): Promise<string> {
  const registry = createDocumentRegistry(() => {});
  const lease = registry.acquire(name);
  await lease.document.whenLoaded;
  const text = read(lease.document.doc).text;
  await registry.closeAll();
  return text;
}

describe("a projected document before the sync runtime has loaded", () => {
  it("shows the empty value, keeps writes in order and applies them once the document has loaded", async () => {
    const name = "exchange/queued/student";
    const { registry, documents } = countingRegistry();
    const { source, arrive } = lateSource(documents);
    const { projected, dispose } = createRoot((dispose) => ({ projected: projectDocument(source, name, read, { text: "" }), dispose }));

    projected.write(append("first "));
    projected.write(append("second"));
    expect(projected.loaded()).toBe(false);
    expect(projected.data.text).toBe("");

    arrive();
    await vi.waitFor(() => expect(projected.loaded()).toBe(true));
    expect(projected.data.text).toBe("first second");
    // Once loaded, a write is applied at once.
    projected.write(append("!"));
    expect(projected.data.text).toBe("first second!");

    await registry.flushAll();
    dispose();
    await registry.closeAll();
    expect(await storedText(name)).toBe("first second!");
  });

  it("still applies what a closed screen had written, then lets the document go", async () => {
    const name = "exchange/closed/student";
    const { registry, documents, counts } = countingRegistry();
    const { source, arrive } = lateSource(documents);
    const { projected, dispose } = createRoot((dispose) => ({ projected: projectDocument(source, name, read, { text: "" }), dispose }));

    projected.write(append("typed before leaving"));
    dispose();
    arrive();
    await vi.waitFor(() => expect(counts.released).toBe(1));
    expect(counts.acquired).toBe(1);
    await registry.closeAll();
    expect(await storedText(name)).toBe("typed before leaving");
  });

  it("never opens the document for a screen closed before the runtime loaded with nothing to write", async () => {
    const { documents, counts } = countingRegistry();
    const { source, arrive } = lateSource(documents);
    const dispose = createRoot((dispose) => {
      projectDocument(source, "exchange/unused/student", read, { text: "" });
      return dispose;
    });

    dispose();
    arrive();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(counts.acquired).toBe(0);
  });
});
