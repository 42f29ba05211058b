/**
 * The behaviour every DocStorage backend must have, as one vitest suite.
 * Each backend's test file calls `describeDocStorageConformance` with a
 * factory; a new backend (e.g. Postgres) is done when this suite passes for
 * it. The suite owns only test helpers: real Yjs documents are edited, their
 * updates stored, and what comes back is replayed into a fresh Y.Doc and
 * compared with the original.
 */
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type DocStorage, type StorageOptions, StorageError } from "./doc-storage";

export interface ConformanceContext {
  storage: DocStorage;
  /** Opens the same stored data again; the suite closes `storage` first. */
  reopen?: () => Promise<DocStorage>;
  /** Closes everything the factory opened and removes its files. */
  cleanup: () => Promise<void>;
}

/** `options` must be honoured: the automatic-compaction tests depend on it. */
export type ConformanceFactory = (options?: StorageOptions) => Promise<ConformanceContext>;

/** A document edited by two clients; `updates` are all their local updates, in the order made. */
function editingSession() {
  const doc = new Y.Doc();
  const peer = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin === peer) return;
    updates.push(update);
    Y.applyUpdate(peer, update, doc);
  });
  peer.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin === doc) return;
    updates.push(update);
    Y.applyUpdate(doc, update, peer);
  });
  return { doc, peer, updates };
}

/** One update per character typed, plus deletions and map writes from the second client. */
function typedSession(text: string) {
  const session = editingSession();
  const typed = session.doc.getText("body");
  for (const char of text) typed.insert(typed.length, char);
  session.peer.getText("body").delete(0, Math.min(3, text.length));
  session.peer.getMap("meta").set("author", "peer");
  session.doc.getMap("meta").set("status", "draft");
  return session;
}

function replay(parts: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const part of parts) Y.applyUpdate(doc, part);
  return doc;
}

function expectSameState(parts: Uint8Array[], source: Y.Doc): void {
  const restored = replay(parts);
  expect(restored.getText("body").toString()).toBe(source.getText("body").toString());
  expect(restored.getMap("meta").toJSON()).toEqual(source.getMap("meta").toJSON());
  expect(Y.encodeStateAsUpdateV2(restored)).toEqual(Y.encodeStateAsUpdateV2(source));
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const totalBytes = (parts: Uint8Array[]) => parts.reduce((sum, part) => sum + part.byteLength, 0);

/** `persistent: false` (memory) leaves out the checks that need a reopen from disk. */
export function describeDocStorageConformance(name: string, makeStorage: ConformanceFactory, capabilities: { persistent: boolean } = { persistent: true }): void {
  describe(`DocStorage conformance: ${name}`, () => {
    const cleanups: Array<() => Promise<void>> = [];
    async function open(options?: StorageOptions): Promise<ConformanceContext> {
      const context = await makeStorage(options);
      cleanups.push(context.cleanup);
      return context;
    }
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0)) await cleanup();
    });

    it("has no documents when fresh and loads [] for an unknown document", async () => {
      const { storage } = await open();
      expect(await storage.listDocuments()).toEqual([]);
      expect(await storage.load("nobody")).toEqual([]);
      expect(await storage.storedBytes("nobody")).toBe(0);
    });

    it("treats appending an empty array as a no-op", async () => {
      const { storage } = await open();
      await storage.append("empty", []);
      expect(await storage.listDocuments()).toEqual([]);
      expect(await storage.load("empty")).toEqual([]);
      const { updates } = typedSession("abc");
      await storage.append("doc", updates);
      await storage.append("doc", []);
      expect(await storage.load("doc")).toEqual(updates);
    });

    it("round-trips Yjs updates from several clients", async () => {
      const { storage } = await open();
      const { doc, updates } = typedSession("Ward round: patient seen with supervisor.");
      await storage.append("log", updates.slice(0, 5));
      for (const update of updates.slice(5)) await storage.append("log", [update]);
      const loaded = await storage.load("log");
      expect(loaded).toEqual(updates);
      expectSameState(loaded, doc);
    });

    it("keeps append order within a call, across calls and for appends not awaited", async () => {
      const { storage } = await open();
      const { doc, updates } = typedSession("ordering matters here");
      await storage.append("d", updates.slice(0, 3));
      const pending: Promise<void>[] = [];
      updates.slice(3).forEach((update, i) => {
        pending.push(storage.append("d", [update]));
        if (i % 4 === 0) pending.push(nextTurn());
      });
      await Promise.all(pending);
      const loaded = await storage.load("d");
      expect(loaded).toEqual(updates);
      expectSameState(loaded, doc);
    });

    it("keeps many documents isolated from each other", async () => {
      const { storage } = await open();
      const names = ["a", "A", "a ", "a/b", "a%", "a_", "ü-doc", "日本語", `q'"`, "x".repeat(300), "😀"];
      const sessions = names.map((docName) => typedSession(`text of ${docName} …`));
      const pending: Promise<void>[] = [];
      const longest = Math.max(...sessions.map((s) => s.updates.length));
      for (let i = 0; i < longest; i++) {
        sessions.forEach((session, d) => {
          const update = session.updates[i];
          if (update) pending.push(storage.append(names[d]!, [update]));
        });
      }
      await Promise.all(pending);
      expect(await storage.listDocuments()).toEqual([...names].sort());
      const before = await Promise.all(names.map((docName) => storage.load(docName)));
      await storage.compact("a");
      for (const [d, docName] of names.entries()) {
        const loaded = await storage.load(docName);
        expectSameState(loaded, sessions[d]!.doc);
        if (docName !== "a") expect(loaded).toEqual(before[d]);
      }
      expect(await storage.load("a")).toHaveLength(1);
    });

    it("lists each stored document once, whether it has a snapshot, a tail or both", async () => {
      const { storage } = await open();
      const { updates } = typedSession("listing");
      await storage.append("tail-only", updates);
      await storage.append("snapshot-only", updates);
      await storage.compact("snapshot-only");
      await storage.append("both", updates.slice(0, 4));
      await storage.compact("both");
      await storage.append("both", updates.slice(4));
      expect(await storage.listDocuments()).toEqual(["both", "snapshot-only", "tail-only"]);
    });

    it("reports storedBytes as the size of what load returns", async () => {
      const { storage } = await open();
      const { updates } = typedSession("counting bytes of stored state");
      await storage.append("d", updates);
      expect(await storage.storedBytes("d")).toBe(totalBytes(updates));
      await storage.compact("d");
      expect(await storage.storedBytes("d")).toBe(totalBytes(await storage.load("d")));
      await storage.append("d", updates.slice(0, 2));
      expect(await storage.storedBytes("d")).toBe(totalBytes(await storage.load("d")));
      expect(await storage.storedBytes("other")).toBe(0);
    });

    it("compaction preserves content and reduces rows and bytes", async () => {
      const { storage } = await open();
      const session = typedSession("The student presented the case clearly. ".repeat(5));
      await storage.append("d", session.updates);
      const bytesBefore = await storage.storedBytes("d");
      await storage.compact("d");
      const compacted = await storage.load("d");
      expect(compacted).toHaveLength(1);
      expect(await storage.storedBytes("d")).toBeLessThan(bytesBefore);
      expectSameState(compacted, session.doc);

      await storage.compact("d");
      expect(await storage.load("d")).toEqual(compacted);

      session.doc.getText("body").insert(0, "Addendum. ");
      const later = session.updates.slice(-1);
      await storage.append("d", later);
      expect(await storage.load("d")).toEqual([...compacted, ...later]);
      await storage.compact("d");
      expect(await storage.load("d")).toHaveLength(1);
      expectSameState(await storage.load("d"), session.doc);
    });

    it("compacting an unknown document stores nothing", async () => {
      const { storage } = await open();
      await storage.compact("ghost");
      expect(await storage.listDocuments()).toEqual([]);
      expect(await storage.load("ghost")).toEqual([]);
    });

    it("never loses updates appended while compacting", async () => {
      const { storage } = await open();
      const session = typedSession("concurrent compaction must not drop a single keystroke. ".repeat(4));
      const pending: Promise<void>[] = [];
      session.updates.forEach((update, i) => {
        pending.push(storage.append("d", [update]));
        if (i % 17 === 0) pending.push(storage.compact("d"));
        if (i % 7 === 0) pending.push(nextTurn());
        if (i % 29 === 0) pending.push(nextTurn().then(() => storage.compact("d")));
      });
      await Promise.all(pending);
      expectSameState(await storage.load("d"), session.doc);
      await storage.compact("d");
      expectSameState(await storage.load("d"), session.doc);
    });

    it("keeps updates appended in the same turn as a compaction, in either order", async () => {
      const { storage } = await open();
      const session = typedSession("same turn");
      const [first, second, third] = [session.updates.slice(0, 4), session.updates.slice(4, 8), session.updates.slice(8)];
      await storage.append("d", first);
      await Promise.all([storage.compact("d"), storage.append("d", second)]);
      await Promise.all([storage.append("d", third), storage.compact("d")]);
      expectSameState(await storage.load("d"), session.doc);
    });

    it("compacts automatically once the tail reaches compactAfterUpdates", async () => {
      const { storage } = await open({ compactAfterUpdates: 10, compactAfterBytes: 1e9 });
      const session = typedSession("automatic compaction by count, twice over");
      const updates = session.updates;
      for (let i = 0; i < 9; i++) await storage.append("d", [updates[i]!]);
      expect(await storage.load("d")).toEqual(updates.slice(0, 9));
      await storage.append("d", [updates[9]!]);
      expect(await storage.load("d")).toHaveLength(1);
      for (let i = 10; i < 19; i++) await storage.append("d", [updates[i]!]);
      expect(await storage.load("d")).toHaveLength(10);
      await storage.append("d", [updates[19]!]);
      expect(await storage.load("d")).toHaveLength(1);
      await storage.append("d", updates.slice(20));
      expect(await storage.load("d")).toHaveLength(1);
      expectSameState(await storage.load("d"), session.doc);
    });

    it("compacts automatically once the tail reaches compactAfterBytes", async () => {
      const { storage } = await open({ compactAfterUpdates: 1e6, compactAfterBytes: 1000 });
      const session = editingSession();
      const body = session.doc.getText("body");
      let tailBytes = 0;
      let appended = 0;
      while (tailBytes < 1000) {
        body.insert(body.length, `paragraph ${appended} `.padEnd(120, "."));
        const update = session.updates.at(-1)!;
        await storage.append("d", [update]);
        tailBytes += update.byteLength;
        appended += 1;
        expect(await storage.load("d")).toHaveLength(tailBytes >= 1000 ? 1 : appended);
      }
      expect(appended).toBeGreaterThan(2);
      expectSameState(await storage.load("d"), session.doc);
    });

    it("rejects invalid input with StorageError and stores none of it", async () => {
      const { storage } = await open();
      const { updates } = typedSession("valid");
      await expect(storage.append("d", [updates[0]!, "junk" as unknown as Uint8Array])).rejects.toBeInstanceOf(StorageError);
      await expect(storage.append("d", "junk" as unknown as Uint8Array[])).rejects.toBeInstanceOf(StorageError);
      await expect(storage.append("", [updates[0]!])).rejects.toBeInstanceOf(StorageError);
      expect(await storage.load("d")).toEqual([]);
      expect(await storage.listDocuments()).toEqual([]);
    });

    it("copies data on append and on load", async () => {
      const { storage } = await open();
      const { updates } = typedSession("copy");
      const original = updates.map((update) => update.slice());
      const appended = storage.append("d", updates);
      for (const update of updates) update.fill(0);
      await appended;
      const loaded = await storage.load("d");
      expect(loaded).toEqual(original);
      for (const part of loaded) part.fill(0);
      expect(await storage.load("d")).toEqual(original);
    });

    it("checkWritable is true for an open storage and changes no document", async () => {
      const { storage } = await open();
      const { updates } = typedSession("health");
      await storage.append("d", updates);
      expect(await storage.checkWritable()).toBe(true);
      expect(await storage.listDocuments()).toEqual(["d"]);
      expect(await storage.load("d")).toEqual(updates);
    });

    it("finishes pending appends on close, then rejects with StorageError", async () => {
      const context = await open();
      const { storage } = context;
      const { doc, updates } = typedSession("closing");
      const pending = storage.append("d", updates);
      await storage.close();
      await expect(pending).resolves.toBeUndefined();
      await storage.close();
      expect(await storage.checkWritable()).toBe(false);
      await expect(storage.append("d", updates)).rejects.toBeInstanceOf(StorageError);
      await expect(storage.load("d")).rejects.toBeInstanceOf(StorageError);
      if (context.reopen) expectSameState(await (await context.reopen()).load("d"), doc);
    });

    if (capabilities.persistent) it("keeps everything when reopened", async () => {
      const context = await open();
      if (!context.reopen) throw new Error(`${name} is persistent but its factory gives no reopen`);
      const { storage } = context;
      const compactedOnly = typedSession("compacted only");
      const mixed = typedSession("snapshot and tail");
      const tailOnly = typedSession("tail only");
      await storage.append("compacted", compactedOnly.updates);
      await storage.compact("compacted");
      await storage.append("mixed", mixed.updates.slice(0, 5));
      await storage.compact("mixed");
      await storage.append("mixed", mixed.updates.slice(5));
      await storage.append("tail", tailOnly.updates);
      const names = await storage.listDocuments();
      const before = await Promise.all(names.map((docName) => storage.load(docName)));
      const sizes = await Promise.all(names.map((docName) => storage.storedBytes(docName)));
      await storage.close();

      const reopened = await context.reopen();
      expect(await reopened.listDocuments()).toEqual(names);
      expect(await Promise.all(names.map((docName) => reopened.load(docName)))).toEqual(before);
      expect(await Promise.all(names.map((docName) => reopened.storedBytes(docName)))).toEqual(sizes);
      tailOnly.doc.getText("body").insert(0, "after reopen: ");
      await reopened.append("tail", tailOnly.updates.slice(-1));
      expect(await reopened.load("tail")).toEqual(tailOnly.updates);
      await reopened.compact("tail");
      expectSameState(await reopened.load("tail"), tailOnly.doc);
      expectSameState(await reopened.load("mixed"), mixed.doc);
    });
  });
}
