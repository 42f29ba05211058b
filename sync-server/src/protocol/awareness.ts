// Awareness (who is here, where their cursor is) is relayed for clients, but the identity in it
// is the one the server knows: whatever name a client claims is replaced by its session's.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { MalformedMessage } from "./messages";

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** JSON text; "null" means the client left. */
  state: string;
}

const maxStateBytes = 16 * 1024;

export function decodeAwarenessUpdate(bytes: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(bytes);
  try {
    const count = decoding.readVarUint(decoder);
    // An entry is at least three bytes; a larger count is a lie.
    if (count * 3 > bytes.length) throw new MalformedMessage("awareness count exceeds its size");
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const length = decoding.peekVarUint(decoder);
      if (length > maxStateBytes || length > bytes.length - decoder.pos) throw new MalformedMessage("awareness state too large");
      entries.push({ clientId, clock, state: decoding.readVarString(decoder) });
    }
    if (decoder.pos !== bytes.length) throw new MalformedMessage("trailing bytes in awareness update");
    return entries;
  } catch (error) {
    if (error instanceof MalformedMessage) throw error;
    throw new MalformedMessage("malformed awareness update");
  }
}

export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}

/** Replaces the `user` field of a state with the server-known identity; keeps the rest. */
export function stampIdentity(state: string, identity: { name: string; role: string }): string {
  if (state === "null") return state;
  let parsed: unknown;
  try {
    parsed = JSON.parse(state);
  } catch {
    throw new MalformedMessage("awareness state is not JSON");
  }
  const base = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return JSON.stringify({ ...base, user: { name: identity.name, role: identity.role } });
}
