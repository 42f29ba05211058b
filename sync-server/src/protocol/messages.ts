// The wire format: y-websocket's messages (sync, awareness, auth, query-awareness) plus two of
// ours, the durable state vector and the durable delete set, sent only to clients that asked. Decoding is strict:
// every length is checked against what is left of the frame, and anything odd is a
// MalformedMessage, which closes that one connection.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

export const messageSync = 0;
export const messageAwareness = 1;
export const messageAuth = 2;
export const messageQueryAwareness = 3;
/** Ours: the state vector of everything committed to disk for this document. */
export const messageDurableStateVector = 100;
/** Ours: deletions committed to disk (all of them on connect, then those of each commit), as a Yjs delete set. */
export const messageDurableDeleteSet = 101;

export const syncStep1 = 0;
export const syncStep2 = 1;
export const syncUpdate = 2;

export type IncomingMessage =
  | { type: "sync-step-1"; stateVector: Uint8Array }
  | { type: "sync-step-2"; update: Uint8Array }
  | { type: "update"; update: Uint8Array }
  | { type: "awareness"; update: Uint8Array }
  | { type: "query-awareness" }
  | { type: "auth" };

export class MalformedMessage extends Error {
  override name = "MalformedMessage";
}

function readBytes(decoder: decoding.Decoder): Uint8Array {
  const length = readLength(decoder);
  const bytes = decoder.arr.subarray(decoder.pos, decoder.pos + length);
  decoder.pos += length;
  return bytes;
}

function readLength(decoder: decoding.Decoder): number {
  const length = readUint(decoder);
  if (length > decoder.arr.length - decoder.pos) throw new MalformedMessage("length exceeds frame");
  return length;
}

function readUint(decoder: decoding.Decoder): number {
  if (decoder.pos >= decoder.arr.length) throw new MalformedMessage("truncated message");
  try {
    return decoding.readVarUint(decoder);
  } catch {
    throw new MalformedMessage("truncated varint");
  }
}

function expectEnd(decoder: decoding.Decoder): void {
  if (decoder.pos !== decoder.arr.length) throw new MalformedMessage("trailing bytes");
}

export function decodeMessage(frame: Uint8Array): IncomingMessage {
  const decoder = decoding.createDecoder(frame);
  const type = readUint(decoder);
  let message: IncomingMessage;
  switch (type) {
    case messageSync: {
      const step = readUint(decoder);
      const payload = readBytes(decoder);
      if (step === syncStep1) message = { type: "sync-step-1", stateVector: payload };
      else if (step === syncStep2) message = { type: "sync-step-2", update: payload };
      else if (step === syncUpdate) message = { type: "update", update: payload };
      else throw new MalformedMessage(`unknown sync step ${step}`);
      break;
    }
    case messageAwareness:
      message = { type: "awareness", update: readBytes(decoder) };
      break;
    case messageQueryAwareness:
      message = { type: "query-awareness" };
      break;
    case messageAuth:
      // Clients have nothing to say here; y-websocket never sends it. Skip its body.
      decoder.pos = decoder.arr.length;
      message = { type: "auth" };
      break;
    default:
      throw new MalformedMessage(`unknown message type ${type}`);
  }
  expectEnd(decoder);
  return message;
}

/** Decodes a state vector without trusting its declared size. */
export function decodeStateVector(bytes: Uint8Array): Map<number, number> {
  const decoder = decoding.createDecoder(bytes);
  const count = readUint(decoder);
  // Each entry needs at least two bytes; a larger count is a lie meant to make us loop.
  if (count * 2 > bytes.length - decoder.pos) throw new MalformedMessage("state vector count exceeds its size");
  const vector = new Map<number, number>();
  for (let i = 0; i < count; i++) vector.set(readUint(decoder), readUint(decoder));
  expectEnd(decoder);
  return vector;
}

export function encodeStateVector(vector: ReadonlyMap<number, number>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, vector.size);
  for (const [client, clock] of vector) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}

function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const encodeSyncStep1 = (stateVector: Uint8Array) =>
  frame(messageSync, (e) => (encoding.writeVarUint(e, syncStep1), encoding.writeVarUint8Array(e, stateVector)));
export const encodeSyncStep2 = (update: Uint8Array) =>
  frame(messageSync, (e) => (encoding.writeVarUint(e, syncStep2), encoding.writeVarUint8Array(e, update)));
export const encodeUpdate = (update: Uint8Array) =>
  frame(messageSync, (e) => (encoding.writeVarUint(e, syncUpdate), encoding.writeVarUint8Array(e, update)));
export const encodeAwareness = (update: Uint8Array) => frame(messageAwareness, (e) => encoding.writeVarUint8Array(e, update));
/** y-websocket's "permission denied": stock clients log the reason and carry on read-only. */
export const encodePermissionDenied = (reason: string) =>
  frame(messageAuth, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarString(e, reason)));
export const encodeDurableStateVector = (stateVector: Uint8Array) =>
  frame(messageDurableStateVector, (e) => encoding.writeVarUint8Array(e, stateVector));
export const encodeDurableDeletes = (deleteSet: Uint8Array) => frame(messageDurableDeleteSet, (e) => encoding.writeVarUint8Array(e, deleteSet));
