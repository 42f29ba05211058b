// Reading a document's content on the server: on demand, from what storage committed (every
// update there passed the update guard), into a throw-away Y.Doc, never on the sync hot path.
import * as Y from "yjs";
import type { DocStorage } from "../storage/doc-storage";

/** Runs `read` on the stored document and frees it afterwards. */
export async function readStoredDocument<T>(storage: DocStorage, name: string, read: (doc: Y.Doc) => T): Promise<T> {
  const doc = new Y.Doc();
  try {
    const updates = await storage.load(name);
    if (updates.length > 0) Y.applyUpdate(doc, updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates));
    return read(doc);
  } finally {
    doc.destroy();
  }
}
