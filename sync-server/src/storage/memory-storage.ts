/**
 * In-memory DocStorage, for tests and for running the sync server without a
 * disk. It owns nothing but the Map inside the object the factory returns;
 * data is gone when the process exits. It keeps the same snapshot + tail
 * shape and compaction rules as the SQLite backend, so code tested against
 * it sees the same `load()` results.
 */
import * as Y from "yjs";
import {
  type DocStorage,
  type StorageOptions,
  StorageError,
  assertDocName,
  assertUpdates,
  resolveStorageOptions,
  tailNeedsCompaction,
  toStorageError,
} from "./doc-storage";

interface StoredDoc {
  snapshot: Uint8Array | null;
  tail: Uint8Array[];
  tailBytes: number;
}

export function createMemoryStorage(options?: StorageOptions): DocStorage {
  const settings = resolveStorageOptions(options);
  const docs = new Map<string, StoredDoc>();
  let closed = false;

  function ensureOpen(): void {
    if (closed) throw new StorageError("storage is closed");
  }

  function compactNow(doc: string): void {
    const stored = docs.get(doc);
    if (!stored || stored.tail.length === 0) return;
    const parts = stored.snapshot ? [stored.snapshot, ...stored.tail] : stored.tail;
    // Merge before mutating so a failing merge leaves the document untouched,
    // just as a rolled-back transaction would.
    const merged = Y.mergeUpdates(parts);
    stored.snapshot = merged;
    stored.tail = [];
    stored.tailBytes = 0;
  }

  return {
    async load(doc) {
      ensureOpen();
      assertDocName(doc);
      const stored = docs.get(doc);
      if (!stored) return [];
      // Copies, so a caller mutating the result cannot corrupt stored state.
      const parts = stored.snapshot ? [stored.snapshot, ...stored.tail] : stored.tail;
      return parts.map((part) => part.slice());
    },

    async append(doc, updates) {
      ensureOpen();
      assertDocName(doc);
      // Validate everything before storing anything: all or none.
      assertUpdates(updates);
      if (updates.length === 0) return;
      const copies = updates.map((update) => update.slice());
      let stored = docs.get(doc);
      if (!stored) {
        stored = { snapshot: null, tail: [], tailBytes: 0 };
        docs.set(doc, stored);
      }
      for (const copy of copies) {
        stored.tail.push(copy);
        stored.tailBytes += copy.byteLength;
      }
      if (tailNeedsCompaction(settings, stored.tail.length, stored.tailBytes)) {
        try {
          compactNow(doc);
        } catch (error) {
          settings.onCompactionError(doc, toStorageError(`automatic compaction of "${doc}" failed`, error));
        }
      }
    },

    async compact(doc) {
      ensureOpen();
      assertDocName(doc);
      try {
        compactNow(doc);
      } catch (error) {
        throw toStorageError(`compaction of "${doc}" failed`, error);
      }
    },

    async listDocuments() {
      ensureOpen();
      return [...docs.keys()].sort();
    },

    async storedBytes(doc) {
      ensureOpen();
      assertDocName(doc);
      const stored = docs.get(doc);
      if (!stored) return 0;
      return (stored.snapshot?.byteLength ?? 0) + stored.tailBytes;
    },

    async checkWritable() {
      return !closed;
    },

    async close() {
      closed = true;
      docs.clear();
    },
  };
}
