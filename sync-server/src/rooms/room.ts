// One document's room: the peers connected to it, its state as merged Yjs updates (never a
// Y.Doc, so a crafted update is never integrated here), and the durable acknowledgement. An
// update is relayed to the other peers at once and acknowledged only after storage commits it.
import * as Y from "yjs";
import type { DocStorage } from "../storage/doc-storage";
import type { Metrics } from "../http/metrics";
import { closeCodes } from "../protocol/close-codes";
import { encodeAwareness, encodeDurableStateVector, encodeSyncStep2, encodeUpdate } from "../protocol/messages";
import { encodeAwarenessUpdate, type AwarenessEntry } from "../protocol/awareness";
import { createDurableState, stateVectorOf, type UpdateShape } from "./durable-state";
import { createKnownDeletes } from "./known-deletes";
import { decodeStateVector, encodeStateVector } from "../protocol/messages";

export interface RoomPeer {
  readonly id: number;
  readonly wantsDurableAck: boolean;
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}

export interface RoomOptions {
  name: string;
  storage: DocStorage;
  metrics: Metrics;
  maxDocumentBytes: number;
  log: (message: string) => void;
  /** Called after each commit of this document (cheap: it runs once per stored update). */
  onCommitted?: (name: string) => void;
  /** Called when the room has no peers and nothing left to commit, so it can be unloaded. */
  onIdle: (room: Room) => void;
}

export type WriteResult = "accepted" | "too-large";

export type Room = ReturnType<typeof createRoom>;

const emptyUpdate = Y.encodeStateAsUpdate(new Y.Doc());
// Merging on every update would cost O(document) each time; a short list is merged lazily.
const mergeEvery = 64;

export function createRoom(options: RoomOptions) {
  const { name, storage, metrics } = options;
  const peers = new Set<RoomPeer>();
  const awareness = new Map<number, { entry: AwarenessEntry; peerId: number }>();
  let merged: Uint8Array = emptyUpdate;
  let unmerged: Uint8Array[] = [];
  let liveBytes = 0;
  let inflight = 0;
  let broken = false;
  let pendingAckTimes: number[] = [];
  let ackScheduled = false;
  const durable = createDurableState(new Map());

  const ready = storage.load(name).then((updates) => {
    merged = updates.length === 0 ? emptyUpdate : updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
    liveBytes = merged.length;
    durable.resetFrom(merged);
    held = stateVectorOf(merged);
    heldIsExact = true;
  });

  const liveState = (): Uint8Array => {
    if (unmerged.length > 0) {
      merged = Y.mergeUpdates([merged, ...unmerged]);
      unmerged = [];
      liveBytes = merged.length;
    }
    return merged;
  };

  const knownDeletes = createKnownDeletes(liveState);
  // What the room holds, per Yjs client, kept up to date per update without re-reading the state.
  // It may lag behind (after a gap) but never runs ahead: a lagging value only costs a recount.
  let held = new Map<number, number>();
  let heldIsExact = false;
  const heldVector = () => {
    if (!heldIsExact) {
      held = decodeStateVector(Y.encodeStateVectorFromUpdate(liveState()));
      heldIsExact = true;
    }
    return held;
  };
  const recordHeld = (shape: UpdateShape) => {
    for (const [client, range] of shape.clients) {
      const known = held.get(client) ?? 0;
      if (shape.hasSkip || range.from > known) heldIsExact = false;
      else if (range.to > known) held.set(client, range.to);
    }
  };

  const checkIdle = () => {
    if (peers.size === 0 && inflight === 0) options.onIdle(room);
  };

  const sendAcks = async () => {
    ackScheduled = false;
    if (durable.needsRecompute()) {
      const stored = await storage.load(name);
      durable.resetFrom(stored.length ? Y.mergeUpdates(stored) : emptyUpdate);
    }
    const frame = encodeDurableStateVector(durable.encoded());
    const now = performance.now();
    for (const receivedAt of pendingAckTimes) metrics.ackLatency.observe((now - receivedAt) / 1000);
    pendingAckTimes = [];
    for (const peer of peers) if (peer.wantsDurableAck) peer.send(frame);
  };

  /** Storage failed: what this room holds in memory may now claim more than the disk has. */
  const breakRoom = (error: unknown) => {
    if (broken) return;
    broken = true;
    options.log(`storage failed for a document, closing its connections: ${error instanceof Error ? error.message : String(error)}`);
    for (const peer of [...peers]) peer.close(closeCodes.storageUnavailable, "storage unavailable, retry later");
    peers.clear();
  };

  const room = {
    name,
    ready,
    get broken() {
      return broken;
    },
    get peerCount() {
      return peers.size;
    },
    join(peer: RoomPeer) {
      peers.add(peer);
      const present = [...awareness.values()].map((a) => a.entry).filter((e) => e.state !== "null");
      if (present.length > 0) peer.send(encodeAwareness(encodeAwarenessUpdate(present)));
      if (peer.wantsDurableAck) peer.send(encodeDurableStateVector(durable.encoded()));
    },
    leave(peer: RoomPeer) {
      if (!peers.delete(peer)) return;
      const gone: AwarenessEntry[] = [];
      for (const [clientId, held] of awareness) {
        if (held.peerId !== peer.id) continue;
        awareness.delete(clientId);
        gone.push({ clientId, clock: held.entry.clock + 1, state: "null" });
      }
      if (gone.length > 0) room.broadcast(encodeAwareness(encodeAwarenessUpdate(gone)), peer);
      checkIdle();
    },
    broadcast(frame: Uint8Array, except?: RoomPeer) {
      for (const peer of peers) if (peer !== except) peer.send(frame);
    },
    /** Kept up to date per update, so a new connection does not cost a walk of the document. */
    stateVector: (): Uint8Array => encodeStateVector(heldVector()),
    /** Sync step 2 for a peer that sent its state vector. */
    answerStep1(stateVector: Uint8Array): Uint8Array {
      return encodeSyncStep2(Y.diffUpdate(liveState(), stateVector));
    },
    /** True when every struct and deletion in the update is already here: not a write at all. */
    holdsAllOf(shape: UpdateShape): boolean {
      for (const [client, range] of shape.clients) if (range.to > (heldVector().get(client) ?? 0)) return false;
      return knownDeletes.covers(shape.deletes);
    },
    write(from: RoomPeer, update: Uint8Array, shape: UpdateShape): WriteResult {
      // liveBytes counts traffic since the last merge (reconnects resend delete sets), so it can
      // overstate the document; measure the merged state before refusing.
      if (liveBytes + update.length > options.maxDocumentBytes && liveState().length + update.length > options.maxDocumentBytes) return "too-large";
      knownDeletes.add(shape.deletes);
      recordHeld(shape);
      const receivedAt = performance.now();
      unmerged.push(update);
      liveBytes += update.length;
      if (unmerged.length >= mergeEvery) liveState();
      room.broadcast(encodeUpdate(update), from);
      metrics.updatesReceived.inc();
      inflight++;
      storage.append(name, [update]).then(
        () => {
          inflight--;
          options.onCommitted?.(name);
          durable.record(shape);
          pendingAckTimes.push(receivedAt);
          if (!ackScheduled) {
            ackScheduled = true;
            queueMicrotask(() => void sendAcks().catch(breakRoom));
          }
          checkIdle();
        },
        (error: unknown) => {
          inflight--;
          breakRoom(error);
          checkIdle();
        },
      );
      return "accepted";
    },
    setAwareness(from: RoomPeer, entries: AwarenessEntry[]) {
      const accepted = entries.filter((entry) => {
        const held = awareness.get(entry.clientId);
        // A client may only speak for the awareness ids it introduced itself.
        if (held && (held.peerId !== from.id || held.entry.clock > entry.clock)) return false;
        awareness.set(entry.clientId, { entry, peerId: from.id });
        return true;
      });
      if (accepted.length > 0) room.broadcast(encodeAwareness(encodeAwarenessUpdate(accepted)), from);
    },
    awarenessSnapshot(): Uint8Array | null {
      const present = [...awareness.values()].map((a) => a.entry).filter((e) => e.state !== "null");
      return present.length > 0 ? encodeAwareness(encodeAwarenessUpdate(present)) : null;
    },
    closeAll(code: number, reason: string) {
      for (const peer of [...peers]) peer.close(code, reason);
    },
    /** Resolves once nothing is waiting to be committed. */
    async settled(): Promise<void> {
      while (inflight > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    },
    /** Measured size, for the document-size limit and the summary API. */
    stateBytes: () => liveBytes,
    durableStateVector: () => durable.encoded(),
    storedStateVector: () => stateVectorOf(liveState()),
  };
  return room;
}
