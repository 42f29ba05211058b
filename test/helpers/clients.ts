// Clients for integration tests: the stock y-websocket provider (as third-party apps would use
// it), and a raw observer that opts in to the durable acknowledgement.
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

export function stockClient(wsUrl: string, documentName: string, token: string, doc = new Y.Doc(), connect = true): { doc: Y.Doc; provider: WebsocketProvider } {
  const provider = new WebsocketProvider(`${wsUrl}/sync`, documentName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    connect,
    disableBc: true,
    maxBackoffTime: 300,
  });
  return { doc, provider };
}

/** Records the permission-denied reasons a stock provider receives, then lets it handle them as usual. */
export function recordDenials(provider: WebsocketProvider): string[] {
  const denials: string[] = [];
  const stockAuthHandler = provider.messageHandlers[2]!;
  provider.messageHandlers[2] = (encoder, decoder, p, emitSynced, type) => {
    const peek = decoding.clone(decoder);
    if (decoding.readVarUint(peek) === 0) denials.push(decoding.readVarString(peek));
    stockAuthHandler(encoder, decoder, p, emitSynced, type);
  };
  return denials;
}

export function waitFor(condition: () => boolean, timeoutMs = 20_000, what = "condition"): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (condition()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 10);
    };
    tick();
  });
}

export function readStateVector(bytes: Uint8Array): Map<number, number> {
  return Y.decodeStateVector(bytes);
}

/** True when `durable` covers everything in `doc`. */
export function covers(durable: Map<number, number> | null, doc: Y.Doc): boolean {
  if (!durable) return false;
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) if ((durable.get(client) ?? 0) < clock) return false;
  return true;
}

/** A raw socket that joins a document with the durable-ack opt-in and records every ack. */
export async function durableObserver(wsUrl: string, documentName: string, token: string) {
  const socket = new WebSocket(`${wsUrl}/sync/${documentName}`, ["aql.sync.v1", "aql.durable-ack.v1", `aql.token.${token}`]);
  const state = { latest: null as Map<number, number> | null, acks: 0, closed: null as number | null };
  socket.on("message", (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== 100) return;
    state.latest = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    state.acks++;
  });
  socket.on("close", (code) => (state.closed = code));
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  return { state, socket, close: () => socket.close() };
}

export function rawFrame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}
