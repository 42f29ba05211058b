// Sends updates over a raw socket as one client would, and says how the server took them:
// processed and stored, or refused with a close code.
import WebSocket from "ws";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import { step1Frame, updateFrame } from "./malformed-frames";

export interface Sent {
  /** How the server ended the connection, or null if it answered a sync step 1 after the updates (they were processed). */
  closed: { code: number; reason: string } | null;
}

/**
 * Sends the updates as one client would, then a sync step 1. Resolves once the server answered it
 * and its durable acknowledgement covers the updates' structs (they are stored), or on the close.
 */
export function sendUpdates(wsUrl: string, documentName: string, token: string, updates: Uint8Array[]): Promise<Sent> {
  const socket = new WebSocket(`${wsUrl}/sync/${documentName}`, ["aql.sync.v1", "aql.durable-ack.v1", `aql.token.${token}`]);
  const wanted = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(Y.mergeUpdates(updates.length ? updates : [Y.encodeStateAsUpdate(new Y.Doc())])));
  let answered = false;
  let stored = wanted.size === 0;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer on ${documentName} in 20 s`)), 20_000);
    const done = (sent: Sent) => {
      clearTimeout(timer);
      socket.removeAllListeners();
      socket.on("error", () => {});
      socket.close();
      resolve(sent);
    };
    socket.on("open", () => {
      for (const update of updates) socket.send(updateFrame(update));
      socket.send(step1Frame(Y.encodeStateVector(new Y.Doc())));
    });
    socket.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(decoder);
      if (type === 0 && decoding.readVarUint(decoder) === 1) answered = true;
      if (type === 100) {
        const durable = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
        stored = [...wanted].every(([client, clock]) => (durable.get(client) ?? 0) >= clock);
      }
      if (answered && stored) done({ closed: null });
    });
    socket.on("close", (code, reason) => done({ closed: { code, reason: reason.toString() } }));
    socket.on("error", () => {});
  });
}

