// What a person needs to know about one document's safety: is it on the server's disk yet?
// Counting compares this device's state vector with the server's durable one, per Yjs client.
import * as Y from "yjs";
import * as decoding from "lib0/decoding";

export type ConnectionState = "connecting" | "connected" | "offline" | "unauthorized" | "forbidden";

export interface DocumentSyncStatus {
  connection: ConnectionState;
  /** Yjs operations (roughly: characters and fields) this device has that the server has not committed. */
  waitingChanges: number;
  /** The server's durable state covers everything this device holds. */
  savedOnServer: boolean;
  lastSyncedAt: number | null;
  /** The last write the server refused, e.g. because the document is read-only or sealed. */
  refusedReason: string | null;
  /**
   * Where the changes the server has not committed are, so the app can say it in people's
   * terms ("3 days of entries"): the names of the root types they are in, and for a change
   * directly in a root map its key (`attendance/2026-07-02`).
   */
  unsavedParts: string[];
}

export function readStateVector(bytes: Uint8Array): Map<number, number> {
  const decoder = decoding.createDecoder(bytes);
  const vector = new Map<number, number>();
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) vector.set(decoding.readVarUint(decoder), decoding.readVarUint(decoder));
  return vector;
}

export function changesNotCovered(doc: Y.Doc, durable: ReadonlyMap<number, number> | null): number {
  let waiting = 0;
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) waiting += Math.max(0, clock - (durable?.get(client) ?? 0));
  return waiting;
}

/** The root-level places of the changes in `doc` that `durable` does not cover (see DocumentSyncStatus.unsavedParts). */
export function unsavedParts(doc: Y.Doc, durable: ReadonlyMap<number, number> | null): string[] {
  const rootNames = new Map<unknown, string>();
  for (const [name, type] of doc.share) rootNames.set(type, name);
  const parts = new Set<string>();
  for (const [client, structs] of doc.store.clients) {
    const covered = durable?.get(client) ?? 0;
    const last = structs[structs.length - 1];
    if (!last || last.id.clock + last.length <= covered) continue;
    for (let index = covered === 0 ? 0 : Y.findIndexSS(structs, covered); index < structs.length; index++) {
      const struct = structs[index];
      if (!(struct instanceof Y.Item)) continue;
      // Up to the root type: a nested type's item is the place of everything inside it.
      let item: Y.Item = struct;
      while ((item.parent as Y.AbstractType<unknown> | null)?._item) item = (item.parent as Y.AbstractType<unknown>)._item as Y.Item;
      const root = rootNames.get(item.parent);
      if (root === undefined) continue;
      parts.add(item.parentSub !== null ? `${root}/${item.parentSub}` : root);
    }
  }
  return [...parts];
}
