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
 *
 * Nested types are where a Y.Doc recurses: deleting, garbage-collecting or
 * serialising a type walks into the types inside it, once per level, so a
 * chain of 12,000 nested maps (140 KB) overflows the stack of every peer that
 * loads it. The walk reports every item that creates a type or a subdocument,
 * with its parent, and bounds how deep they nest within the update. Nesting
 * across updates, and which types may exist at all, depend on the document:
 * document-schema.ts checks those against what the room already holds.
 */
import { BIT6, BIT7, BIT8, BITS5 } from "lib0/binary";
import * as decoding from "lib0/decoding";
import { Cursor, deadlineExceeded, reject, Rejection, skipContent } from "./update-guard-content";

export interface UpdateLimits {
  maxBytes: number;
  /** Total structs in one update. */
  maxStructs: number;
  /** clock + length of any struct or delete range must stay <= this. */
  maxClock: number;
  maxDeleteRanges: number;
  /** Items creating a nested type or a subdocument, in one update. */
  maxTypes: number;
  /** How deep types may nest inside one another within one update (a type in a root type: 1). */
  maxTypeDepth: number;
  /** Wall-clock budget for the walk, checked every 1024 steps. */
  deadlineMs: number;
}

export const defaultUpdateLimits: UpdateLimits = Object.freeze({
  maxBytes: 1024 * 1024,
  maxStructs: 1_000_000,
  maxClock: 2 ** 32,
  maxDeleteRanges: 1_000_000,
  maxTypes: 100_000,
  maxTypeDepth: 32,
  deadlineMs: 50,
});

/** Per client, the deleted clock ranges in the order the update lists them. */
export type DeleteRanges = Map<number, { clock: number; len: number }[]>;

/** Where an item lives: a root type by name, or the type held by another item. */
export type ItemParent = { root: string } | { client: number; clock: number };

/** An item that creates a nested type (typeRef as yjs numbers them: 0 Array, 1 Map, 2 Text, 3-6 XML) or a subdocument. */
export interface TypeItem {
  client: number;
  clock: number;
  typeRef: number | "doc";
  /** Null when the item has an origin: its parent is then its neighbour's, not written in the update. */
  parent: ItemParent | null;
  /** The map key, when the parent is written and the item is a map entry. */
  key: string | null;
  hasOrigin: boolean;
  /** Byte offsets of the whole struct in the update, so a reader can replace it. */
  start: number;
  end: number;
}

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
      /** Per client, the clock ranges its structs cover, Skips left out: exactly what the update brings. */
      ranges: DeleteRanges;
      types: TypeItem[];
      isEmpty: boolean;
    }
  | {
      ok: false;
      reason: string;
      /** The walk ran out of time, which a busy machine alone can cause: the sender may try again later. */
      retryable?: boolean;
    };

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
    if (error instanceof Rejection) return { ok: false, reason: error.message, ...(error.message === deadlineExceeded ? { retryable: true } : {}) };
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
  const ranges: DeleteRanges = new Map();
  const types: TypeItem[] = [];
  let structs = 0;
  let hasSkip = false;
  const addRange = (client: number, from: number, to: number) => {
    if (to <= from) return;
    const list = ranges.get(client) ?? [];
    ranges.set(client, list);
    const last = list[list.length - 1];
    if (last && last.clock + last.len === from) last.len += to - from;
    else list.push({ clock: from, len: to - from });
  };

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
    let rangeStart = clock;
    cur.section = "struct";
    for (let s = 0; s < numStructs; s++) {
      cur.tick();
      const start = cur.decoder.pos;
      const info = cur.byte();
      if (info === SKIP_INFO) {
        hasSkip = true;
        addRange(client, rangeStart, clock);
      }
      const { length, type } = skipStruct(cur, info, limits.maxClock);
      // yjs never writes empty structs, and zero-length ranges break the clock bookkeeping of peers that integrate them.
      if (length === 0) reject("empty struct");
      if (type) {
        if (types.length >= limits.maxTypes) reject("too many nested types");
        types.push({ client, clock, ...type, start, end: cur.decoder.pos });
      }
      clock += length;
      if (clock > limits.maxClock) reject("clock out of range");
      if (info === SKIP_INFO) rangeStart = clock;
    }
    addRange(client, rangeStart, clock);
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
  checkTypeDepth(types, limits.maxTypeDepth);

  return { ok: true, structs, clients, hasSkip, deletes, ranges, types, isEmpty: structs === 0 && deleteRanges === 0 };
}

const CONTENT_TYPE = 7;
const CONTENT_DOC = 9;

type StructType = Omit<TypeItem, "client" | "clock" | "start" | "end">;

/** Reads the rest of one GC, Skip or Item struct: its length in clock units, and what it says about the type it creates, if any. */
function skipStruct(cur: Cursor, info: number, maxClock: number): { length: number; type: StructType | null } {
  const ref = info & BITS5;
  if (ref === GC_INFO || ref === SKIP_INFO) {
    // yjs's two readers disagree on GC/Skip with stray flag bits (one throws), and yjs never writes them.
    if (info !== ref) reject("invalid struct info");
    return { length: cur.uint(), type: null };
  }
  const createsType = ref === CONTENT_TYPE || ref === CONTENT_DOC;
  const hasOrigin = (info & (BIT7 | BIT8)) !== 0;
  if (info & BIT8) skipId(cur, maxClock); // origin
  if (info & BIT7) skipId(cur, maxClock); // right origin
  let parent: ItemParent | null = null;
  let key: string | null = null;
  if (!hasOrigin) {
    // Without origins the parent is spelled out: a root type name, or the ID of the item holding the parent type.
    const parentIsRootName = cur.uint();
    if (parentIsRootName === 1) {
      if (createsType) parent = { root: cur.string() };
      else cur.skipString();
    } else if (parentIsRootName === 0) {
      const id = readId(cur, maxClock);
      if (createsType) parent = id;
    } else reject("invalid parent info");
    if (info & BIT6) {
      // parentSub: the key in a map
      if (createsType) key = cur.string();
      else cur.skipString();
    }
  }
  if (ref === CONTENT_TYPE) {
    // Array, Map, Text, XmlElement(name), XmlFragment, XmlHook(name), XmlText
    const typeRef = cur.uint();
    if (typeRef > 6) reject("unknown type");
    if (typeRef === 3 || typeRef === 5) cur.skipString();
    return { length: 1, type: { typeRef, parent, key, hasOrigin } };
  }
  const length = skipContent(cur, ref);
  return { length, type: ref === CONTENT_DOC ? { typeRef: "doc", parent, key, hasOrigin } : null };
}

function readId(cur: Cursor, maxClock: number): { client: number; clock: number } {
  const client = cur.uint();
  const clock = cur.uint();
  if (clock > maxClock) reject("clock out of range");
  return { client, clock };
}

function skipId(cur: Cursor, maxClock: number): void {
  readId(cur, maxClock);
}

/**
 * Depth of each type whose parent chain runs through types written in this update (a type in a
 * root type is at depth 1). Iterative, with memoised depths, so a long chain costs one pass.
 */
function checkTypeDepth(types: readonly TypeItem[], maxDepth: number): void {
  if (types.length <= maxDepth) return;
  const byId = new Map<string, TypeItem>();
  for (const type of types) byId.set(`${type.client}:${type.clock}`, type);
  const depths = new Map<TypeItem, number>();
  for (const type of types) {
    const chain: TypeItem[] = [];
    let current: TypeItem | undefined = type;
    let base = 0;
    while (current && !depths.has(current)) {
      chain.push(current);
      const parent: ItemParent | null = current.parent;
      current = parent && "client" in parent ? byId.get(`${parent.client}:${parent.clock}`) : undefined;
      // A cycle of parents is no document yjs can load.
      if (current && chain.includes(current)) reject("types nested in a cycle");
    }
    if (current) base = depths.get(current) as number;
    for (let i = chain.length - 1; i >= 0; i--) {
      base += 1;
      if (base > maxDepth) reject("types nested too deeply");
      depths.set(chain[i] as TypeItem, base);
    }
  }
}
