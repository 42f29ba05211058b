// What a person needs to know about one document's safety: is it on the server's disk yet?
// Counting compares this device's state vector with the server's durable one, per Yjs client.
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import type { ClockRange } from "./clock-ranges";

export type ConnectionState = "connecting" | "connected" | "offline" | "unauthorized" | "forbidden";

export interface DocumentSyncStatus {
  connection: ConnectionState;
  /** Yjs operations (roughly: characters and fields, added or deleted) this device has that the server has not committed. */
  waitingChanges: number;
  /** The server has committed everything this device holds and every deletion it made. */
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

/**
 * The root-level places of the changes in `doc` that `durable` does not cover, and of the
 * deletions in `pendingDeletions` (this device's, not yet committed; see DocumentSyncStatus.unsavedParts).
 */
export function unsavedParts(
  doc: Y.Doc,
  durable: ReadonlyMap<number, number> | null,
  pendingDeletions: ReadonlyMap<number, readonly ClockRange[]> = new Map(),
): string[] {
  const rootNames = new Map<unknown, string>();
  for (const [name, type] of doc.share) rootNames.set(type, name);
  const parts = new Set<string>();
  const addPlaceOf = (struct: unknown) => {
    if (!(struct instanceof Y.Item)) return;
    // Up to the root type: a nested type's item is the place of everything inside it.
    let item: Y.Item = struct;
    while ((item.parent as Y.AbstractType<unknown> | null)?._item) item = (item.parent as Y.AbstractType<unknown>)._item as Y.Item;
    const root = rootNames.get(item.parent);
    if (root !== undefined) parts.add(item.parentSub !== null ? `${root}/${item.parentSub}` : root);
  };
  for (const [client, structs] of doc.store.clients) {
    const covered = durable?.get(client) ?? 0;
    const last = structs[structs.length - 1];
    if (!last || last.id.clock + last.length <= covered) continue;
    for (let index = covered === 0 ? 0 : Y.findIndexSS(structs, covered); index < structs.length; index++) addPlaceOf(structs[index]);
  }
  for (const [client, ranges] of pendingDeletions) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    const first = structs[0];
    const last = structs[structs.length - 1];
    if (!first || !last) continue;
    for (const range of ranges) {
      const lastClock = range.clock + range.len - 1;
      // A deletion of structs this copy does not hold (yet) has no place to name.
      if (lastClock < first.id.clock || range.clock >= last.id.clock + last.length) continue;
      for (let index = Y.findIndexSS(structs, Math.max(range.clock, first.id.clock)); index < structs.length; index++) {
        const struct = structs[index]!;
        if (struct.id.clock > lastClock) break;
        addPlaceOf(struct);
      }
    }
  }
  return [...parts];
}
