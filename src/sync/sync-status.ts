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
