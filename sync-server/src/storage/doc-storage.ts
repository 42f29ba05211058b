/**
 * The contract between the sync server and wherever Yjs documents are kept.
 * This module owns the `DocStorage` interface, the `StorageError` every
 * implementation rejects with, the compaction options and their defaults,
 * and the small input checks all implementations share, so that the
 * in-memory, SQLite and any future Postgres backends behave the same way
 * (see storage-conformance.ts, which every backend must pass).
 */

export interface DocStorage {
  /** Stored updates of a document: the compacted snapshot (if any) first, then the tail, in append order. Empty array for an unknown document. */
  load(doc: string): Promise<Uint8Array[]>;
  /** Durably stores updates (already validated Yjs v1 updates). Resolves only after the data is committed (SQLite: COMMIT with synchronous=FULL). Rejects with StorageError on failure, storing none of them. */
  append(doc: string, updates: Uint8Array[]): Promise<void>;
  /** Merges snapshot + tail into one snapshot with Y.mergeUpdates, in one transaction. Safe to call concurrently with appends: updates appended meanwhile are never lost. */
  compact(doc: string): Promise<void>;
  /** Names of all stored documents, sorted. */
  listDocuments(): Promise<string[]>;
  /** Byte size of the stored state of a document (snapshot + tail). */
  storedBytes(doc: string): Promise<number>;
  /** True if a write can be committed right now (used by /healthz). Must not change stored documents. */
  checkWritable(): Promise<boolean>;
  /** Finishes queued appends, then releases resources. Idempotent; later calls on the storage reject with StorageError. */
  close(): Promise<void>;
}

export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StorageError";
  }
}

export interface StorageOptions {
  /** Compact a document once its tail holds at least this many updates. Default 500. */
  compactAfterUpdates?: number;
  /** Compact a document once its tail holds at least this many bytes. Default 1 MiB. */
  compactAfterBytes?: number;
  /**
   * Automatic compaction runs after appends have been acknowledged, so its
   * failure must not fail them; it is reported here instead (default: ignored,
   * the tail simply stays and compaction is retried after the next append).
   */
  onCompactionError?: (doc: string, error: StorageError) => void;
}

export const DEFAULT_COMPACT_AFTER_UPDATES = 500;
export const DEFAULT_COMPACT_AFTER_BYTES = 1024 * 1024;

export type ResolvedStorageOptions = Required<StorageOptions>;

export function resolveStorageOptions(options: StorageOptions = {}): ResolvedStorageOptions {
  const compactAfterUpdates = options.compactAfterUpdates ?? DEFAULT_COMPACT_AFTER_UPDATES;
  const compactAfterBytes = options.compactAfterBytes ?? DEFAULT_COMPACT_AFTER_BYTES;
  // A threshold of 0 would compact on every append and hide configuration mistakes.
  if (!(Number.isInteger(compactAfterUpdates) && compactAfterUpdates >= 1)) {
    throw new StorageError(`compactAfterUpdates must be a positive integer, got ${compactAfterUpdates}`);
  }
  if (!(Number.isInteger(compactAfterBytes) && compactAfterBytes >= 1)) {
    throw new StorageError(`compactAfterBytes must be a positive integer, got ${compactAfterBytes}`);
  }
  return { compactAfterUpdates, compactAfterBytes, onCompactionError: options.onCompactionError ?? (() => {}) };
}

/** True once a tail of this size must be folded into the snapshot. */
export function tailNeedsCompaction(options: ResolvedStorageOptions, updates: number, bytes: number): boolean {
  return updates >= options.compactAfterUpdates || bytes >= options.compactAfterBytes;
}

/**
 * Callers are typed, but the server passes data that came off the network,
 * so a wrong shape must become a StorageError rather than a corrupt row.
 */
export function assertDocName(doc: unknown): asserts doc is string {
  if (typeof doc !== "string" || doc.length === 0) {
    throw new StorageError("document name must be a non-empty string");
  }
}

export function assertUpdates(updates: unknown): asserts updates is Uint8Array[] {
  if (!Array.isArray(updates)) throw new StorageError("updates must be an array");
  for (const update of updates) {
    if (!(update instanceof Uint8Array)) throw new StorageError("every update must be a Uint8Array");
  }
}

/** Wraps anything thrown by a backend, keeping the original as `cause` for logs. */
export function toStorageError(message: string, error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError(`${message}: ${detail}`, { cause: error });
}
