// Tracks the state vector of what is committed to disk for one document, without loading it
// into a Y.Doc. Ordinary updates extend it from their clock ranges; an update that leaves a gap
// (missing dependencies, or holes) marks its clients, and the vector is then recomputed exactly
// from storage, so "saved on the server" is never claimed for something that is not.
import * as Y from "yjs";
import { decodeStateVector, encodeStateVector } from "../protocol/messages";

export interface UpdateShape {
  clients: ReadonlyMap<number, { from: number; to: number }>;
  hasSkip: boolean;
  /** The update's delete set, per client, as the update guard read it. */
  deletes: ReadonlyMap<number, readonly { clock: number; len: number }[]>;
}

export interface DurableState {
  record(shape: UpdateShape): void;
  needsRecompute(): boolean;
  resetFrom(mergedState: Uint8Array): void;
  encoded(): Uint8Array;
}

export function stateVectorOf(mergedState: Uint8Array): Map<number, number> {
  return decodeStateVector(Y.encodeStateVectorFromUpdate(mergedState));
}

export function createDurableState(initial: Map<number, number>): DurableState {
  let vector = initial;
  const gapped = new Set<number>();
  // Clients with stored structs beyond their contiguous prefix: the update that fills the gap
  // may complete much more than its own range, so it too needs an exact recount.
  let holey = new Set<number>();
  return {
    record(shape) {
      for (const [client, range] of shape.clients) {
        const known = vector.get(client) ?? 0;
        if (shape.hasSkip || range.from > known || gapped.has(client) || holey.has(client)) gapped.add(client);
        else if (range.to > known) vector.set(client, range.to);
      }
    },
    needsRecompute: () => gapped.size > 0,
    resetFrom(mergedState) {
      vector = stateVectorOf(mergedState);
      const { to } = Y.parseUpdateMeta(mergedState);
      holey = new Set([...to].filter(([client, clock]) => clock > (vector.get(client) ?? 0)).map(([client]) => client));
      gapped.clear();
    },
    encoded: () => encodeStateVector(vector),
  };
}
