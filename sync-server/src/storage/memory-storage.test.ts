/**
 * Runs the shared DocStorage conformance suite against the in-memory
 * backend, plus the few checks specific to it (option validation,
 * reporting of automatic-compaction failures).
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { StorageError } from "./doc-storage";
import { createMemoryStorage } from "./memory-storage";
import { describeDocStorageConformance } from "./storage-conformance";

describeDocStorageConformance("memory", async (options) => {
  const storage = createMemoryStorage(options);
  return { storage, cleanup: () => storage.close() };
}, { persistent: false });

describe("memory storage", () => {
  it("rejects thresholds that are not positive integers", () => {
    expect(() => createMemoryStorage({ compactAfterUpdates: 0 })).toThrow(StorageError);
    expect(() => createMemoryStorage({ compactAfterBytes: 1.5 })).toThrow(StorageError);
  });

  it("reports a failed automatic compaction without failing the append or dropping data", async () => {
    const failures: string[] = [];
    const storage = createMemoryStorage({ compactAfterUpdates: 2, onCompactionError: (doc) => failures.push(doc) });
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "ok");
    const valid = Y.encodeStateAsUpdate(doc);
    // Not a Yjs update: Y.mergeUpdates throws on it.
    const garbage = new Uint8Array([255, 255, 255, 255]);
    await storage.append("d", [valid, garbage]);
    expect(failures).toEqual(["d"]);
    expect(await storage.load("d")).toEqual([valid, garbage]);
    await expect(storage.compact("d")).rejects.toBeInstanceOf(StorageError);
    expect(await storage.load("d")).toEqual([valid, garbage]);
  });
});
