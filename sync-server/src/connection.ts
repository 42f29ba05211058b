// One WebSocket: one person, one document, one access level. It decodes each frame strictly,
// enforces the limits, and hands valid work to the document's room. Anything malformed closes
// this connection alone, with a close code and a reason that are safe to log. Frames are handled
// in order: while one waits for the room (its document loading, or whole-document work before a
// write), the next ones queue, up to `maxFramesBeforeReady`.
import type { WebSocket } from "ws";
import type { Room, RoomPeer, WriteResult } from "./rooms/room";
import type { Limits } from "./limits";
import type { Metrics } from "./http/metrics";
import type { Access, Person } from "./auth/roles";
import { closeCodes } from "./protocol/close-codes";
import { decodeMessage, decodeStateVector, encodePermissionDenied, encodeSyncStep1, MalformedMessage } from "./protocol/messages";
import { decodeAwarenessUpdate, stampIdentity } from "./protocol/awareness";
import { checkUpdateV1 } from "./protocol/update-guard";
import { createTokenBucket } from "./rate-limit";

export interface ConnectionContext {
  id: number;
  socket: WebSocket;
  room: Room;
  person: Person;
  access: Access;
  isSealed: () => boolean;
  /** Spends `bytes` of the person's budget (shared by all their connections); false when it is used up. */
  takeBytes?: (bytes: number) => boolean;
  /** The person's exchange was cancelled after this connection opened: writes stop at once. */
  isCancelled?: () => boolean;
  wantsDurableAck: boolean;
  wantsDurableDeletes: boolean;
  limits: Limits;
  metrics: Metrics;
  log: (message: string) => void;
  onClose: () => void;
}

export function acceptConnection(context: ConnectionContext): RoomPeer {
  const { socket, room, limits, metrics } = context;
  const frames = createTokenBucket(limits.framesPerSecond, limits.frameBurst);
  const awarenessBudget = createTokenBucket(limits.awarenessPerSecond, limits.awarenessPerSecond * 2);
  const waiting: Uint8Array[] = [];
  let ready = false;
  let busy = false;
  let closed = false;

  const peer: RoomPeer = {
    id: context.id,
    wantsDurableAck: context.wantsDurableAck,
    wantsDurableDeletes: context.wantsDurableDeletes,
    send(frame) {
      if (closed || socket.readyState !== socket.OPEN) return;
      if (socket.bufferedAmount > limits.maxBufferedBytes) return close(closeCodes.rateLimited, "client too slow to keep up");
      socket.send(frame);
    },
    close: (code, reason) => close(code, reason),
  };

  function close(code: number, reason: string) {
    if (closed) return;
    closed = true;
    if (code === closeCodes.malformed) metrics.malformedFrames.inc();
    if (code !== closeCodes.goingAway) context.log(`closing connection ${context.id}: ${code} ${reason}`);
    socket.close(code, reason);
    finish();
  }

  let finished = false;
  function finish() {
    if (finished) return;
    finished = true;
    clearTimeout(loadTimer);
    room.leave(peer);
    metrics.connections.dec();
    context.onClose();
  }

  const refuse = (reason: string) => {
    metrics.refusedWrites.inc();
    peer.send(encodePermissionDenied(reason));
  };

  const handleWrite = (update: Uint8Array): void | Promise<void> => {
    const verdict = checkUpdateV1(update, { maxBytes: limits.maxFrameBytes, deadlineMs: limits.updateCheckDeadlineMs });
    if (!verdict.ok && verdict.retryable) return close(closeCodes.rateLimited, "server busy: the update could not be checked in time, retry later");
    if (!verdict.ok) return close(closeCodes.malformed, `invalid update: ${verdict.reason}`);
    // Readers answer the server's sync step 1 with an empty update, and reconnecting clients
    // repeat what the server already has (their delete set, at least): neither is a write.
    if (verdict.isEmpty || room.holdsAllOf(verdict)) return;
    if (context.access !== "write") return refuse(`read-only: your role (${context.person.role}) cannot change this document`);
    if (context.isSealed()) return refuse("sealed: this document was signed and can no longer change");
    if (context.isCancelled?.()) return refuse("cancelled: this exchange was cancelled, its documents can no longer change");
    const result = room.write(peer, update, verdict);
    const settle = (outcome: WriteResult) => (outcome.ok ? undefined : close(outcome.code, outcome.reason));
    if (result instanceof Promise) return result.then(settle, () => close(closeCodes.storageUnavailable, "the document could not be measured, retry later"));
    settle(result);
  };

  const answer = (stateVector: Uint8Array) => {
    decodeStateVector(stateVector);
    room.answerStep1(stateVector).then(
      (frame) => peer.send(frame),
      () => close(closeCodes.rateLimited, "server busy with this document, retry later"),
    );
  };

  const handle = (frame: Uint8Array): void | Promise<void> => {
    const message = decodeMessage(frame);
    switch (message.type) {
      case "sync-step-1":
        return answer(message.stateVector);
      case "sync-step-2":
      case "update":
        return handleWrite(message.update);
      case "awareness": {
        if (!awarenessBudget.take()) return;
        const identity = { name: context.person.name, role: context.person.role };
        const entries = decodeAwarenessUpdate(message.update).map((entry) => ({ ...entry, state: stampIdentity(entry.state, identity) }));
        return room.setAwareness(peer, entries);
      }
      case "query-awareness": {
        const snapshot = room.awarenessSnapshot();
        if (snapshot) peer.send(snapshot);
        return;
      }
      case "auth":
        return;
    }
  };

  const failed = (error: unknown) => {
    if (error instanceof MalformedMessage) return close(closeCodes.malformed, error.message);
    // Yjs itself rejected something the guard let through: still this client's fault.
    close(closeCodes.malformed, "update could not be processed");
  };

  /** Handles queued frames in order until one has to wait for the room. */
  const drain = () => {
    while (!closed && !busy && waiting.length > 0) {
      const frame = waiting.shift() as Uint8Array;
      let pending: void | Promise<void>;
      try {
        pending = handle(frame);
      } catch (error) {
        failed(error);
        continue;
      }
      if (pending instanceof Promise) {
        busy = true;
        pending.catch(failed).finally(() => {
          busy = false;
          drain();
        });
      }
    }
  };

  socket.on("message", (data, isBinary) => {
    if (closed) return;
    if (!isBinary) return close(closeCodes.malformed, "text frames are not part of the protocol");
    if (!frames.take()) return close(closeCodes.rateLimited, "too many messages");
    if (context.takeBytes && !context.takeBytes((data as Buffer).byteLength)) return close(closeCodes.rateLimited, "too much data, slow down");
    const frame = data instanceof Buffer ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data as ArrayBuffer);
    if (waiting.length >= limits.maxFramesBeforeReady) return close(closeCodes.rateLimited, ready ? "too many messages while the document was busy" : "too many messages before the document loaded");
    waiting.push(frame);
    if (ready) drain();
  });
  socket.on("close", finish);
  socket.on("error", () => close(closeCodes.malformed, "protocol error"));

  const loadTimer = setTimeout(() => close(closeCodes.timeout, "document did not load in time"), limits.loadTimeoutMs);
  metrics.connections.inc();
  room.ready.then(
    () => {
      clearTimeout(loadTimer);
      if (closed) return;
      ready = true;
      room.join(peer);
      peer.send(encodeSyncStep1(room.stateVector()));
      drain();
    },
    () => close(closeCodes.storageUnavailable, "document could not be loaded"),
  );
  return peer;
}
