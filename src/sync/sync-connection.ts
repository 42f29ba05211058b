// Our provider: keeps one local Yjs document in sync with the server over the standard
// y-websocket protocol, and listens for the server's durable acknowledgement (the state vector of
// what is committed, and the deletions committed) so the UI can say "saved on the server" only
// when that is true, deletions included. It reconnects with backoff, except after an auth
// refusal, which no retry can fix.
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { changesNotCovered, readStateVector, unsavedParts, type ConnectionState, type DocumentSyncStatus } from "./sync-status";
import { remoteOrigin } from "./origins";
import { ClockRanges } from "./clock-ranges";
import type { UnsavedDeletions } from "./unsaved-deletions";

const messageSync = 0;
const messageAuth = 2;
const messageDurableStateVector = 100;
const messageDurableDeleteSet = 101;
const closeUnauthorized = 4401;
// 4400-4499: the server decided, and reconnecting cannot change its mind.
const isFinalRefusal = (code: number) => code >= 4400 && code < 4500;

export interface SyncConnectionOptions {
  doc: Y.Doc;
  name: string;
  token: string;
  /** ws: or wss: base, e.g. derived from location. */
  baseUrl: string;
  initialDurableStateVector?: Uint8Array;
  /** This device's deletions not yet committed: they count as waiting until message 101 covers them. */
  unsavedDeletions?: UnsavedDeletions;
  lastSyncedAt?: number | null;
  onStatus(status: DocumentSyncStatus): void;
  /** A new durable state vector arrived: worth remembering across reloads. */
  onDurable?(stateVector: Uint8Array, at: number): void;
  onReachable?(reachable: boolean): void;
}

export interface SyncConnection {
  status(): DocumentSyncStatus;
  reconnectNow(): void;
  destroy(): void;
}

export function connectDocument(options: SyncConnectionOptions): SyncConnection {
  const { doc } = options;
  let socket: WebSocket | null = null;
  let connection: ConnectionState = "connecting";
  let durable = options.initialDurableStateVector ? readStateVector(options.initialDurableStateVector) : null;
  let lastSyncedAt = options.lastSyncedAt ?? null;
  let refusedReason: string | null = null;
  let retryDelay = 500;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let destroyed = false;

  const status = (): DocumentSyncStatus => {
    const waitingChanges = changesNotCovered(doc, durable) + (options.unsavedDeletions?.count() ?? 0);
    return {
      connection,
      waitingChanges,
      savedOnServer: waitingChanges === 0 && durable !== null,
      lastSyncedAt,
      refusedReason,
      unsavedParts: waitingChanges === 0 ? [] : unsavedParts(doc, durable, options.unsavedDeletions?.entries()),
    };
  };
  const publish = () => options.onStatus(status());

  const send = (bytes: Uint8Array) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(bytes);
  };

  const onMessage = (event: MessageEvent<ArrayBuffer>) => {
    const decoder = decoding.createDecoder(new Uint8Array(event.data));
    const type = decoding.readVarUint(decoder);
    if (type === messageSync) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, messageSync);
      syncProtocol.readSyncMessage(decoder, reply, doc, remoteOrigin);
      if (encoding.length(reply) > 1) send(encoding.toUint8Array(reply));
    } else if (type === messageAuth) {
      decoding.readVarUint(decoder);
      refusedReason = decoding.readVarString(decoder);
    } else if (type === messageDurableDeleteSet) {
      try {
        options.unsavedDeletions?.committed(ClockRanges.decode(decoding.readVarUint8Array(decoder)));
      } catch {
        // A malformed acknowledgement proves nothing: the deletions stay waiting.
      }
    } else if (type === messageDurableStateVector) {
      const vector = decoding.readVarUint8Array(decoder);
      durable = readStateVector(vector);
      lastSyncedAt = Date.now();
      options.onDurable?.(vector, lastSyncedAt);
    }
    publish();
  };

  const connect = () => {
    if (destroyed) return;
    connection = "connecting";
    const url = `${options.baseUrl}/sync/${options.name}`;
    const ws = new WebSocket(url, ["aql.sync.v1", "aql.durable-ack.v2", `aql.token.${options.token}`]);
    ws.binaryType = "arraybuffer";
    socket = ws;
    ws.onopen = () => {
      retryDelay = 500;
      connection = "connected";
      options.onReachable?.(true);
      const hello = encoding.createEncoder();
      encoding.writeVarUint(hello, messageSync);
      syncProtocol.writeSyncStep1(hello, doc);
      send(encoding.toUint8Array(hello));
      publish();
    };
    ws.onmessage = onMessage;
    ws.onclose = (event) => {
      if (socket !== ws) return;
      socket = null;
      if (isFinalRefusal(event.code)) {
        connection = event.code === closeUnauthorized ? "unauthorized" : "forbidden";
        if (event.reason) refusedReason = event.reason;
        return publish();
      }
      connection = "offline";
      if (event.code === 1006 || event.code === 1001) options.onReachable?.(false);
      publish();
      if (destroyed) return;
      // Jitter keeps a classroom of phones from reconnecting in lockstep after an outage.
      retryTimer = setTimeout(connect, retryDelay * (0.5 + Math.random()));
      retryDelay = Math.min(retryDelay * 2, 10_000);
    };
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== remoteOrigin) {
      const message = encoding.createEncoder();
      encoding.writeVarUint(message, messageSync);
      syncProtocol.writeUpdate(message, update);
      send(encoding.toUint8Array(message));
    }
    publish();
  };
  doc.on("update", onUpdate);
  const onOnline = () => reconnectNow();
  window.addEventListener("online", onOnline);

  function reconnectNow() {
    if (destroyed || socket) return;
    clearTimeout(retryTimer);
    retryDelay = 500;
    connect();
  }

  connect();
  publish();
  return {
    status,
    reconnectNow,
    destroy() {
      destroyed = true;
      clearTimeout(retryTimer);
      doc.off("update", onUpdate);
      window.removeEventListener("online", onOnline);
      socket?.close(1000, "closed by the app");
      socket = null;
    },
  };
}
