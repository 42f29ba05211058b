// What a stored document is, read safely: its parts merged into one update, walked by the update
// guard without its per-update limits, and every nested type its kind does not have replaced by a
// GC struct of the same clock range. A document stored before the schema existed may hold a chain
// of thousands of nested maps; a Y.Doc loading the neutralised state drops the chain instead of
// recursing into it (yjs turns items whose parent or neighbour is GC into GC as well), and every
// other struct keeps its clock, so state vectors, deletions and peers' copies still line up.
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import { checkUpdateV1, type TypeItem } from "../protocol/update-guard";
import { checkNestedTypes, NestedTypeIndex, type ContainerEntry } from "../protocol/document-schema";
import type { DocumentKind } from "../auth/roles";
import { ClockRanges } from "../../../src/sync/clock-ranges";

export class UnreadableDocument extends Error {
  override name = "UnreadableDocument";
}

export interface StoredState {
  /** The whole state as one update, safe to load into a Y.Doc. */
  state: Uint8Array;
  /** Struct clock ranges and deleted ranges, in the delete-set encoding of clock-ranges.ts. */
  structs: Uint8Array;
  deletes: Uint8Array;
  containers: ContainerEntry[];
  /** Nested types replaced by GC structs. */
  neutralised: number;
}

const emptyState = Y.encodeStateAsUpdate(new Y.Doc());

// Stored state already passed the guard update by update; here only its walk matters. Sizes are
// bounded by maxDocumentBytes, and time by the job's deadline in the worker pool.
const storedStateLimits = {
  maxBytes: Number.POSITIVE_INFINITY,
  maxStructs: Number.POSITIVE_INFINITY,
  maxDeleteRanges: Number.POSITIVE_INFINITY,
  maxTypes: Number.POSITIVE_INFINITY,
  maxTypeDepth: Number.POSITIVE_INFINITY,
  deadlineMs: Number.POSITIVE_INFINITY,
};

export function mergeParts(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 0) return emptyState;
  return parts.length === 1 ? (parts[0] as Uint8Array) : Y.mergeUpdates(parts as Uint8Array[]);
}

/** Replaces each struct in `items` (by its byte offsets) with a GC struct of length 1. */
function replaceWithGc(update: Uint8Array, items: readonly TypeItem[]): Uint8Array {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const encoder = encoding.createEncoder();
  let at = 0;
  for (const item of sorted) {
    encoding.writeUint8Array(encoder, update.subarray(at, item.start));
    encoding.writeUint8(encoder, 0); // GC
    encoding.writeVarUint(encoder, 1); // types and subdocuments are one clock long
    at = item.end;
  }
  encoding.writeUint8Array(encoder, update.subarray(at));
  return encoding.toUint8Array(encoder);
}

export function readStoredState(kind: DocumentKind, parts: readonly Uint8Array[]): StoredState {
  const merged = mergeParts(parts);
  const verdict = checkUpdateV1(merged, storedStateLimits);
  if (!verdict.ok) throw new UnreadableDocument(`stored state does not decode: ${verdict.reason}`);
  const { containers, violations } = checkNestedTypes(kind, verdict.types, new NestedTypeIndex());
  return {
    state: violations.length > 0 ? replaceWithGc(merged, violations) : merged,
    structs: ClockRanges.from(verdict.ranges).encode(),
    deletes: ClockRanges.from(verdict.deletes).encode(),
    containers,
    neutralised: violations.length,
  };
}
