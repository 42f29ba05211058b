// One document's room: the peers connected to it, its state as merged Yjs updates (never a
// Y.Doc, so a crafted update is never integrated here), and the durable acknowledgement. An
// update is relayed to the other peers at once and acknowledged only after storage commits it.
//
// Per update the room does work proportional to the update, not to the document: what it holds
// and what storage has committed (struct clocks and deletions) are kept as clock ranges, exactly,
// from what the update guard read, and nested types are checked against the document's schema
// and the containers it holds. Work on the whole state (merging, answering a sync step 1) goes
// through `work`, one job at a time per room, off the event loop for large documents.
import type { DocStorage } from "../storage/doc-storage";
import type { Metrics } from "../http/metrics";
import type { DocumentKind } from "../auth/roles";
import type { DocumentWork } from "../work/document-work";
import type { UpdateVerdict } from "../protocol/update-guard";
import { closeCodes } from "../protocol/close-codes";
import { encodeDurableDeletes, encodeDurableStateVector, encodeStateVector, encodeUpdate } from "../protocol/messages";
import type { AwarenessEntry } from "../protocol/awareness";
import { checkNestedTypes, NestedTypeIndex } from "../protocol/document-schema";
import { ClockRanges } from "../../../src/sync/clock-ranges";
import { createRoomAwareness } from "./room-awareness";

export interface RoomPeer {
  readonly id: number;
  /** Opted in to message 100, the durable state vector. */
  readonly wantsDurableAck: boolean;
  /** Opted in to message 101 as well, the durable delete set. */
  readonly wantsDurableDeletes: boolean;
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}

export interface RoomOptions {
  name: string;
  kind: DocumentKind;
  storage: DocStorage;
  work: DocumentWork;
  metrics: Metrics;
  maxDocumentBytes: number;
  /** Clock ranges the room may hold (each gap in a client's clocks is one more). */
  maxClockRanges: number;
  /** Whole-document jobs (sync step 1 answers) that may wait at once. */
  maxQueuedJobs: number;
  log: (message: string) => void;
  /** Called after each commit of this document (cheap: it runs once per stored update). */
  onCommitted?: (name: string) => void;
  /** Called when the room has no peers and nothing left to commit, so it can be unloaded. */
  onIdle: (room: Room) => void;
}

type Accepted = Extract<UpdateVerdict, { ok: true }>;
export type WriteResult = { ok: true } | { ok: false; code: number; reason: string };

export type Room = ReturnType<typeof createRoom>;

// Merging on every update would cost O(document) each time; a short list is merged in the background.
const mergeEveryUpdates = 64;
const mergeEveryBytes = 1024 * 1024;

export function createRoom(options: RoomOptions) {
  const { name, storage, metrics, work } = options;
  const peers = new Set<RoomPeer>();
  const awareness = createRoomAwareness((frame, exceptPeerId) => {
    for (const peer of peers) if (peer.id !== exceptPeerId) peer.send(frame);
  });
  let merged: Uint8Array = new Uint8Array(0);
  let unmerged: Uint8Array[] = [];
  let unmergedBytes = 0;
  const held = { structs: new ClockRanges(), deletes: new ClockRanges() };
  const durable = { structs: new ClockRanges(), deletes: new ClockRanges() };
  const containers = new NestedTypeIndex();
  let inflight = 0;
  let broken = false;
  let pendingAckTimes: number[] = [];
  let committedDeletes = new ClockRanges();
  let ackScheduled = false;
  let jobs: Promise<unknown> = Promise.resolve();
  let queuedJobs = 0;
  let merging = false;

  const ready = storage.load(name).then(async (parts) => {
    const loaded = await work.run({ op: "load", kind: options.kind, parts }, name);
    merged = loaded.state;
    for (const side of [held, durable]) {
      side.structs = ClockRanges.decode(loaded.structs);
      side.deletes = ClockRanges.decode(loaded.deletes);
    }
    containers.add(loaded.containers);
    if (loaded.neutralised > 0) options.log(`a stored document holds ${loaded.neutralised} nested types outside its schema; they are served as garbage-collected`);
  });
  ready.catch((error: unknown) => options.log(`a document could not be loaded: ${error instanceof Error ? error.message : String(error)}`));

  /** Runs whole-state work one job at a time; each job folds the updates it saw into `merged`. */
  const withState = <T>(run: (parts: Uint8Array[]) => Promise<{ merged: Uint8Array; result: T }>): Promise<T> => {
    queuedJobs++;
    const next = jobs.then(async () => {
      const taken = unmerged.length;
      const outcome = await run([merged, ...unmerged.slice(0, taken)]);
      merged = outcome.merged;
      unmerged = unmerged.slice(taken);
      unmergedBytes = unmerged.reduce((sum, update) => sum + update.byteLength, 0);
      return outcome.result;
    });
    jobs = next.then(
      () => (queuedJobs--, undefined),
      () => (queuedJobs--, undefined),
    );
    return next;
  };

  const mergeNow = () =>
    withState(async (parts) => (parts.length === 1 ? { merged: parts[0] as Uint8Array, result: undefined } : { merged: (await work.run({ op: "merge", parts }, name)).merged, result: undefined }));

  const mergeInBackground = () => {
    if (merging || (unmerged.length < mergeEveryUpdates && unmergedBytes < mergeEveryBytes)) return;
    merging = true;
    void mergeNow()
      .catch((error: unknown) => options.log(`merging a document failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (merging = false));
  };

  const checkIdle = () => {
    if (peers.size === 0 && inflight === 0) options.onIdle(room);
  };

  const sendAcks = () => {
    ackScheduled = false;
    const vector = encodeDurableStateVector(encodeStateVector(durable.structs.stateVector()));
    const deletes = committedDeletes.isEmpty ? null : encodeDurableDeletes(committedDeletes.encode());
    committedDeletes = new ClockRanges();
    const now = performance.now();
    for (const receivedAt of pendingAckTimes) metrics.ackLatency.observe((now - receivedAt) / 1000);
    pendingAckTimes = [];
    for (const peer of peers) {
      if (!peer.wantsDurableAck) continue;
      // Deletions first: a client that sees the vector cover its structs must already know about its deletions.
      if (deletes && peer.wantsDurableDeletes) peer.send(deletes);
      peer.send(vector);
    }
  };

  /** Storage failed: what this room holds in memory may now claim more than the disk has. */
  const breakRoom = (error: unknown) => {
    if (broken) return;
    broken = true;
    options.log(`storage failed for a document, closing its connections: ${error instanceof Error ? error.message : String(error)}`);
    for (const peer of [...peers]) peer.close(closeCodes.storageUnavailable, "storage unavailable, retry later");
    peers.clear();
  };

  const accept = (from: RoomPeer, update: Uint8Array, verdict: Accepted, created: ReturnType<typeof checkNestedTypes>["containers"]): WriteResult => {
    held.structs.addAll(verdict.ranges);
    held.deletes.addAll(verdict.deletes);
    containers.add(created);
    const receivedAt = performance.now();
    unmerged.push(update);
    unmergedBytes += update.byteLength;
    mergeInBackground();
    room.broadcast(encodeUpdate(update), from);
    metrics.updatesReceived.inc();
    inflight++;
    storage.append(name, [update]).then(
      () => {
        inflight--;
        options.onCommitted?.(name);
        durable.structs.addAll(verdict.ranges);
        durable.deletes.addAll(verdict.deletes);
        committedDeletes.addAll(verdict.deletes);
        pendingAckTimes.push(receivedAt);
        if (!ackScheduled) {
          ackScheduled = true;
          queueMicrotask(sendAcks);
        }
        checkIdle();
      },
      (error: unknown) => {
        inflight--;
        breakRoom(error);
        checkIdle();
      },
    );
    return { ok: true };
  };

  const tooLarge: WriteResult = { ok: false, code: closeCodes.documentTooLarge, reason: "document size limit reached" };
  const fitsSize = (update: Uint8Array) => merged.byteLength + unmergedBytes + update.byteLength <= options.maxDocumentBytes;

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
      const present = awareness.snapshot();
      if (present) peer.send(present);
      if (peer.wantsDurableDeletes) peer.send(encodeDurableDeletes(durable.deletes.encode()));
      if (peer.wantsDurableAck) peer.send(encodeDurableStateVector(encodeStateVector(durable.structs.stateVector())));
    },
    leave(peer: RoomPeer) {
      if (!peers.delete(peer)) return;
      awareness.remove(peer.id);
      checkIdle();
    },
    broadcast(frame: Uint8Array, except?: RoomPeer) {
      for (const peer of peers) if (peer !== except) peer.send(frame);
    },
    /** What the room holds, as a state vector: kept per update, so a new connection costs no walk of the document. */
    stateVector: (): Uint8Array => encodeStateVector(held.structs.stateVector()),
    /** Sync step 2 for a peer that sent its state vector; rejects when too many answers already wait. */
    answerStep1(stateVector: Uint8Array): Promise<Uint8Array> {
      if (queuedJobs >= options.maxQueuedJobs) return Promise.reject(new Error("too many sync requests waiting for this document"));
      return withState(async (parts) => {
        const { merged: state, answer } = await work.run({ op: "diff", parts, stateVector }, name);
        return { merged: state, result: answer };
      });
    },
    /** True when every struct and deletion in the update is already here: not a write at all. */
    holdsAllOf(verdict: Accepted): boolean {
      return held.structs.coversAll(verdict.ranges) && held.deletes.coversAll(verdict.deletes);
    },
    /** Checks and applies a write; a Promise when it must first wait for whole-document work (an exact size). */
    write(from: RoomPeer, update: Uint8Array, verdict: Accepted): WriteResult | Promise<WriteResult> {
      const schema = checkNestedTypes(options.kind, verdict.types, containers);
      if (schema.reason !== null) return { ok: false, code: closeCodes.malformed, reason: `invalid update: ${schema.reason}` };
      if (held.structs.ranges + held.structs.newRangesFrom(verdict.ranges) > options.maxClockRanges) {
        return { ok: false, code: closeCodes.documentTooLarge, reason: "document has too many gaps in its clocks" };
      }
      if (fitsSize(update)) return accept(from, update, verdict, schema.containers);
      // The estimate counts updates not merged yet, which can repeat each other: measure first.
      if (unmerged.length === 0) return tooLarge;
      return mergeNow().then(() => (fitsSize(update) ? accept(from, update, verdict, schema.containers) : tooLarge));
    },
    setAwareness(from: RoomPeer, entries: AwarenessEntry[]) {
      awareness.set(from.id, entries);
    },
    awarenessSnapshot: (): Uint8Array | null => awareness.snapshot(),
    closeAll(code: number, reason: string) {
      for (const peer of [...peers]) peer.close(code, reason);
    },
    /** Resolves once nothing is waiting to be committed. */
    async settled(): Promise<void> {
      while (inflight > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    },
    /** Size of the state held, merged or not: for the document-size limit. */
    stateBytes: () => merged.byteLength + unmergedBytes,
    durableStateVector: () => encodeStateVector(durable.structs.stateVector()),
    storedStateVector: () => held.structs.stateVector(),
  };
  return room;
}
