/**
 * Bounded structural check for Yjs V1 updates from untrusted clients.
 *
 * The sync server never integrates client updates into a Y.Doc; it relays,
 * stores and merges them with Y.mergeUpdates / Y.diffUpdate. Those decode
 * with yjs's readers, which trust the input: declared counts are believed
 * (`new Array(numberOfStructs)`), lib0's readUint8 and readVarInt return
 * undefined or 0 past the end instead of throwing, and content is JSON.parsed or
 * readAny-decoded recursively. In the V2 format it is worse: its run-length
 * decoders repeat their last value forever after the input ends, so a few
 * bytes can declare billions of structs (yjs issue #687). A crafted update
 * could therefore throw deep inside a merge, allocate huge memory, or spin,
 * and then sit in storage poisoning every later merge and every peer.
 *
 * So every update first goes through this walker. It mirrors yjs's
 * readClientsStructRefs + readDeleteSet for the V1 decoders, but checks the
 * remaining length before each read, rejects any count the remaining bytes
 * cannot hold, caps sizes, clocks, struct and delete-range totals and nesting
 * depth, runs under a wall-clock budget, and reports a short reason instead
 * of throwing. It accepts only what yjs itself decodes without error.
 */
import { BIT6, BIT7, BIT8, BITS5 } from "lib0/binary";
import * as decoding from "lib0/decoding";
import { Cursor, reject, Rejection, skipContent } from "./update-guard-content";

export interface UpdateLimits {
  maxBytes: number;
  /** Total structs in one update. */
  maxStructs: number;
  /** clock + length of any struct or delete range must stay <= this. */
  maxClock: number;
  maxDeleteRanges: number;
  /** Wall-clock budget for the walk, checked every 1024 steps. */
  deadlineMs: number;
}

export const defaultUpdateLimits: UpdateLimits = Object.freeze({
  maxBytes: 1024 * 1024,
  maxStructs: 1_000_000,
  maxClock: 2 ** 32,
  maxDeleteRanges: 1_000_000,
  deadlineMs: 50,
});

/** Per client, the deleted clock ranges in the order the update lists them. */
export type DeleteRanges = Map<number, { clock: number; len: number }[]>;

export type UpdateVerdict =
  | {
      ok: true;
      structs: number;
      /** Per client: first clock → last clock + length. Skip structs count, so a range may contain holes. */
      clients: Map<number, { from: number; to: number }>;
      /** True if some Skip struct marks a hole (Y.mergeUpdates of non-adjacent updates writes them). */
      hasSkip: boolean;
      /** The delete set as read on the way, so nobody needs to decode the update again to know it. */
      deletes: DeleteRanges;
      isEmpty: boolean;
    }
  | { ok: false; reason: string };

// Smallest possible encodings, used to reject declared counts up front:
// a client section is 3 varuints (count, client, clock); a GC or Skip struct
// is info + length (items are longer); a delete-set entry is 2 varuints.
const MIN_CLIENT_SECTION_BYTES = 3;
const MIN_STRUCT_BYTES = 2;
const MIN_DELETE_ENTRY_BYTES = 2;

const GC_INFO = 0;
const SKIP_INFO = 10;

/** Never throws: any failure, expected or not, becomes `{ ok: false, reason }`. */
export function checkUpdateV1(update: Uint8Array, limits: Partial<UpdateLimits> = {}): UpdateVerdict {
  try {
    if (!(update instanceof Uint8Array)) return { ok: false, reason: "not a byte array" };
    const resolved = resolveLimits(limits);
    if (resolved === null) return { ok: false, reason: "invalid limits" };
    if (update.byteLength > resolved.maxBytes) return { ok: false, reason: "update too large" };
    return walk(update, resolved);
  } catch (error) {
    if (error instanceof Rejection) return { ok: false, reason: error.message };
    // Should be unreachable (every read is bounds-checked), but a stack overflow or out-of-memory must not escape either.
    return { ok: false, reason: `malformed update (${error instanceof Error ? error.name : "unknown error"})` };
  }
}

function resolveLimits(partial: Partial<UpdateLimits>): UpdateLimits | null {
  const limits = { ...defaultUpdateLimits };
  for (const key of Object.keys(defaultUpdateLimits) as (keyof UpdateLimits)[]) {
    const value = partial[key];
    if (value === undefined) continue;
    // A NaN limit would make every comparison false and silently disable the check.
    if (typeof value !== "number" || Number.isNaN(value) || value < 0) return null;
    limits[key] = value;
  }
  return limits;
}

function walk(update: Uint8Array, limits: UpdateLimits): UpdateVerdict {
  const cur = new Cursor(update, performance.now() + limits.deadlineMs);
  const clients = new Map<number, { from: number; to: number }>();
  let structs = 0;
  let hasSkip = false;

  const numClients = cur.uint();
  // +1: the delete set that follows needs at least its own count byte.
  if (numClients * MIN_CLIENT_SECTION_BYTES + 1 > cur.remaining) reject("client count exceeds input size");
  for (let c = 0; c < numClients; c++) {
    cur.tick();
    cur.section = "client header";
    const numStructs = cur.uint();
    const client = cur.uint();
    let clock = cur.uint();
    if (numStructs * MIN_STRUCT_BYTES + 1 > cur.remaining) reject("struct count exceeds input size");
    structs += numStructs;
    if (structs > limits.maxStructs) reject("too many structs");
    if (clock > limits.maxClock) reject("clock out of range");
    const from = clock;
    cur.section = "struct";
    for (let s = 0; s < numStructs; s++) {
      cur.tick();
      const info = cur.byte();
      if (info === SKIP_INFO) hasSkip = true;
      const length = skipStruct(cur, info, limits.maxClock);
      // yjs never writes empty structs, and zero-length ranges break the clock bookkeeping of peers that integrate them.
      if (length === 0) reject("empty struct");
      clock += length;
      if (clock > limits.maxClock) reject("clock out of range");
    }
    // yjs writes each client once; a repeated one gets the union rather than overwriting the first range.
    if (numStructs === 0) continue;
    const known = clients.get(client);
    clients.set(client, known ? { from: Math.min(known.from, from), to: Math.max(known.to, clock) } : { from, to: clock });
  }

  cur.section = "delete set";
  let deleteRanges = 0;
  const deletes: DeleteRanges = new Map();
  const numDeleteClients = cur.count(cur.uint(), MIN_DELETE_ENTRY_BYTES, "delete set client");
  for (let c = 0; c < numDeleteClients; c++) {
    cur.tick();
    const client = cur.uint();
    const numRanges = cur.count(cur.uint(), MIN_DELETE_ENTRY_BYTES, "delete range");
    deleteRanges += numRanges;
    if (deleteRanges > limits.maxDeleteRanges) reject("too many delete ranges");
    const ranges = deletes.get(client) ?? [];
    deletes.set(client, ranges);
    for (let r = 0; r < numRanges; r++) {
      cur.tick();
      const clock = cur.uint();
      const len = cur.uint();
      if (clock + len > limits.maxClock) reject("clock out of range");
      ranges.push({ clock, len });
    }
  }
  if (decoding.hasContent(cur.decoder)) reject("trailing bytes");

  return { ok: true, structs, clients, hasSkip, deletes, isEmpty: structs === 0 && deleteRanges === 0 };
}

/** Reads the rest of one GC, Skip or Item struct and returns its length in clock units. */
function skipStruct(cur: Cursor, info: number, maxClock: number): number {
  const ref = info & BITS5;
  if (ref === GC_INFO || ref === SKIP_INFO) {
    // yjs's two readers disagree on GC/Skip with stray flag bits (one throws), and yjs never writes them.
    if (info !== ref) reject("invalid struct info");
    return cur.uint();
  }
  if (info & BIT8) skipId(cur, maxClock); // origin
  if (info & BIT7) skipId(cur, maxClock); // right origin
  if ((info & (BIT7 | BIT8)) === 0) {
    // Without origins the parent is spelled out: a root type name, or the ID of the item holding the parent type.
    const parentIsRootName = cur.uint();
    if (parentIsRootName === 1) cur.skipString();
    else if (parentIsRootName === 0) skipId(cur, maxClock);
    else reject("invalid parent info");
    if (info & BIT6) cur.skipString(); // parentSub: the key in a map
  }
  return skipContent(cur, ref);
}

function skipId(cur: Cursor, maxClock: number): void {
  cur.uint(); // client
  if (cur.uint() > maxClock) reject("clock out of range");
}
