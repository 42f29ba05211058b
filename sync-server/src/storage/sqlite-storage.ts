/**
 * SQLite DocStorage (better-sqlite3). This module owns the doc_* tables and
 * their schema migrations, the connection pragmas that make a COMMIT durable
 * (WAL + synchronous=FULL), group commit of appends and compaction of a
 * document's update log into a snapshot. The server may hand in its own
 * connection so that its other tables live in the same file; the storage then
 * leaves that connection open on close(). Appends are committed by a worker
 * thread on a second connection (sqlite-commit-worker.mjs), so the event loop
 * never waits for an fsync; reads stay on this connection. Compaction runs here too, or, with
 * `compactInWorker`, on a third connection in a worker thread (sqlite-compaction-worker.mjs),
 * so that merging a large document never holds up the event loop; automatic compaction then
 * finishes some time after the append that triggered it.
 */
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import * as Y from "yjs";
import { createCompactor, type Compactor } from "./sqlite-compactor";
import { createDocReader } from "./sqlite-read";
import {
  type DocStorage,
  type StorageOptions,
  StorageError,
  assertDocName,
  assertUpdates,
  resolveStorageOptions,
  tailNeedsCompaction,
  toStorageError,
} from "./doc-storage";

export interface SqliteDocStorage extends DocStorage {
  /** The connection in use, for callers that share it or inspect it (tests). */
  readonly db: Database.Database;
  /** Resolves once no compaction is running (with `compactInWorker`, they finish after the appends). */
  compactionsSettled(): Promise<void>;
}

/** Schema version this code writes; stored in PRAGMA user_version. */
export const SQLITE_SCHEMA_VERSION = 1;

// Index i upgrades the schema from version i to i + 1. Never edit a shipped
// step: files in the field already ran it; add a new step instead.
const MIGRATIONS: ReadonlyArray<(db: Database.Database) => void> = [
  (db) => {
    db.exec(`
      CREATE TABLE doc_updates (
        seq  INTEGER PRIMARY KEY AUTOINCREMENT,
        doc  TEXT NOT NULL,
        data BLOB NOT NULL
      );
      CREATE INDEX doc_updates_doc_seq ON doc_updates (doc, seq);
      CREATE TABLE doc_snapshots (
        doc   TEXT PRIMARY KEY,
        data  BLOB NOT NULL,
        bytes INTEGER NOT NULL
      );
      CREATE TABLE doc_storage_meta (
        key   TEXT PRIMARY KEY,
        value ANY
      ) STRICT;
    `);
  },
];

function configureConnection(db: Database.Database): void {
  const mode = db.pragma("journal_mode = WAL", { simple: true });
  // An in-memory database cannot use WAL, and needs no durability either.
  if (mode !== "wal" && !db.memory) {
    throw new StorageError(`could not enable WAL journal mode (got "${String(mode)}")`);
  }
  // WAL with NORMAL may lose the last commits on power loss; acknowledged
  // edits must survive that, so every COMMIT syncs the WAL.
  db.pragma("synchronous = FULL");
  // Another process (backup, admin CLI) may hold the write lock briefly.
  db.pragma("busy_timeout = 5000");
}

/** Opens a database file with the pragmas the storage relies on. */
export function openSqliteDatabase(file: string): Database.Database {
  const db = new Database(file);
  try {
    configureConnection(db);
  } catch (error) {
    db.close();
    throw toStorageError(`cannot open ${file}`, error);
  }
  return db;
}

function migrate(db: Database.Database): void {
  // IMMEDIATE so two processes opening a new file cannot both run step 1.
  db.transaction(() => {
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new StorageError(
        `database schema version ${version} is newer than this server supports (${MIGRATIONS.length})`,
      );
    }
    for (let step = version; step < MIGRATIONS.length; step++) MIGRATIONS[step]!(db);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}


/** Snapshots above this size are compacted proportionally less often (with `compactInWorker`). */
const largeSnapshotBytes = 4 * 1024 * 1024;

interface PendingAppend {
  doc: string;
  updates: Buffer[];
  resolve: () => void;
  reject: (error: StorageError) => void;
}

export function createSqliteStorage(
  file: string,
  options: StorageOptions & { db?: Database.Database; compactInWorker?: boolean } = {},
): SqliteDocStorage {
  const settings = resolveStorageOptions(options);
  const ownsDb = options.db === undefined;
  const db = options.db ?? openSqliteDatabase(file);
  try {
    if (!ownsDb) configureConnection(db);
    migrate(db);
  } catch (error) {
    if (ownsDb) db.close();
    throw toStorageError(`cannot open document storage in ${file}`, error);
  }

  const sql = {
    selectSnapshot: db.prepare<[string], { data: Buffer }>("SELECT data FROM doc_snapshots WHERE doc = ?"),
    selectTail: db.prepare<[string], { seq: number; data: Buffer }>(
      "SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq",
    ),
    tailStats: db.prepare<[string], { count: number; bytes: number }>(
      "SELECT COUNT(*) AS count, COALESCE(SUM(length(data)), 0) AS bytes FROM doc_updates WHERE doc = ?",
    ),
    snapshotBytes: db.prepare<[string], { bytes: number }>("SELECT bytes FROM doc_snapshots WHERE doc = ?"),
    upsertSnapshot: db.prepare<[string, Buffer, number]>(
      `INSERT INTO doc_snapshots (doc, data, bytes) VALUES (?, ?, ?)
       ON CONFLICT (doc) DO UPDATE SET data = excluded.data, bytes = excluded.bytes`,
    ),
    deleteTailUpTo: db.prepare<[string, number]>("DELETE FROM doc_updates WHERE doc = ? AND seq <= ?"),
    listDocs: db.prepare<[], { doc: string }>("SELECT doc FROM doc_snapshots UNION SELECT doc FROM doc_updates"),
    heartbeat: db.prepare<[number]>(
      `INSERT INTO doc_storage_meta (key, value) VALUES ('last_write_check', ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ),
  };
  // A shared connection may have safe integers on; seq and sizes fit in a double.
  for (const statement of Object.values(sql)) statement.safeIntegers(false);

  const readDoc = createDocReader(db);

  const compactDoc = db.transaction((doc: string) => {
    const tail = sql.selectTail.all(doc);
    const last = tail.at(-1);
    if (!last) return;
    const snapshot = sql.selectSnapshot.get(doc);
    const parts = tail.map((row) => row.data);
    if (snapshot) parts.unshift(snapshot.data);
    const merged = Y.mergeUpdates(parts);
    sql.upsertSnapshot.run(doc, Buffer.from(merged.buffer, merged.byteOffset, merged.byteLength), merged.byteLength);
    // Bounded by the last seq we merged: rows appended after it are not in the
    // snapshot and must stay in the tail.
    sql.deleteTailUpTo.run(doc, last.seq);
  });

  const recordWriteCheck = db.transaction(() => sql.heartbeat.run(Date.now()));

  const readStoredBytes = db.transaction((doc: string): number => {
    const snapshot = sql.snapshotBytes.get(doc)?.bytes ?? 0;
    return snapshot + (sql.tailStats.get(doc)?.bytes ?? 0);
  });

  if (db.memory) {
    if (ownsDb) db.close();
    throw new StorageError("document storage needs a database file: appends are committed on a second connection");
  }
  const committer = new Worker(new URL("./sqlite-commit-worker.mjs", import.meta.url), { workerData: { file: db.name } });
  const compactor: Compactor | null = options.compactInWorker ? createCompactor(db.name) : null;
  // Pending appends keep their callers waiting, not the process.
  committer.unref();
  let committerFailure: StorageError | null = null;
  let inFlight: PendingAppend[] | null = null;
  let nextBatchId = 1;
  let settledAll: (() => void) | null = null;

  let queue: PendingAppend[] = [];
  let scheduled: NodeJS.Immediate | null = null;
  let closed = false;
  // Tail size per document written since it was last compacted. Counting it with a query after
  // every commit scanned each touched document's tail and took a tenth of the server's time
  // under live editing; the query now runs once per document, then commits add to the count.
  const tails = new Map<string, { count: number; bytes: number }>();

  function ensureOpen(): void {
    if (closed) throw new StorageError("storage is closed");
  }

  function compactAndForgetTail(doc: string): void {
    compactDoc.immediate(doc);
    tails.delete(doc);
  }

  function autoCompact(doc: string, appended: { count: number; bytes: number }): void {
    try {
      const known = tails.get(doc);
      // The first time, the query already sees this commit's rows.
      const tail = known ? { count: known.count + appended.count, bytes: known.bytes + appended.bytes } : (sql.tailStats.get(doc) ?? { count: 0, bytes: 0 });
      tails.set(doc, tail);
      if (!compactor) {
        if (tailNeedsCompaction(settings, tail.count, tail.bytes)) compactAndForgetTail(doc);
        return;
      }
      // Each compaction rewrites the whole snapshot: a large document is compacted less often, so
      // that the rewriting stays a bounded multiple of what was appended.
      const scale = Math.max(1, (sql.snapshotBytes.get(doc)?.bytes ?? 0) / largeSnapshotBytes);
      if (!tailNeedsCompaction(settings, tail.count / scale, tail.bytes / scale)) return;
      compactor.compact(doc).then(
        () => tails.delete(doc),
        (error: unknown) => settings.onCompactionError(doc, toStorageError(`automatic compaction of "${doc}" failed`, error)),
      );
    } catch (error) {
      settings.onCompactionError(doc, toStorageError(`automatic compaction of "${doc}" failed`, error));
    }
  }

  function appendedPerDoc(batch: PendingAppend[]): Map<string, { count: number; bytes: number }> {
    const perDoc = new Map<string, { count: number; bytes: number }>();
    for (const entry of batch) {
      const sum = perDoc.get(entry.doc) ?? { count: 0, bytes: 0 };
      for (const update of entry.updates) {
        sum.count++;
        sum.bytes += update.byteLength;
      }
      perDoc.set(entry.doc, sum);
    }
    return perDoc;
  }

  // Group commit: one fsync'd COMMIT for everything appended in one event-loop
  // turn, or while the previous commit was running, instead of one per update.
  function flush(): void {
    scheduled = null;
    if (inFlight || queue.length === 0) return;
    const batch = queue;
    queue = [];
    if (committerFailure) {
      for (const entry of batch) entry.reject(committerFailure);
      return;
    }
    inFlight = batch;
    committer.ref();
    committer.postMessage({ id: nextBatchId++, batch: batch.map((entry) => ({ doc: entry.doc, updates: entry.updates })) });
  }

  function committed(error: string | null): void {
    const batch = inFlight ?? [];
    inFlight = null;
    committer.unref();
    if (error !== null) {
      const failure = toStorageError("append failed, nothing of this batch was stored", new Error(error));
      for (const entry of batch) entry.reject(failure);
    } else {
      for (const entry of batch) entry.resolve();
      // Callers' continuations run as microtasks after this synchronous work,
      // so they observe the compacted state; a failure here must not fail them.
      for (const [doc, appended] of appendedPerDoc(batch)) autoCompact(doc, appended);
    }
    if (queue.length > 0) flush();
    else if (settledAll) settledAll();
  }

  committer.on("message", (reply: { error: string | null }) => committed(reply.error));
  const committerGone = (error: unknown) => {
    committerFailure = toStorageError("the commit worker stopped", error);
    if (inFlight) committed(committerFailure.message);
    for (const entry of queue.splice(0)) entry.reject(committerFailure);
    settledAll?.();
  };
  committer.on("error", committerGone);
  committer.on("exit", (code) => {
    if (!committerFailure && !closed) committerGone(new Error(`exit code ${code}`));
  });

  return {
    db,

    async load(doc) {
      ensureOpen();
      assertDocName(doc);
      try {
        return readDoc(doc);
      } catch (error) {
        throw toStorageError(`load of "${doc}" failed`, error);
      }
    },

    append(doc, updates) {
      return new Promise<void>((resolve, reject) => {
        ensureOpen();
        assertDocName(doc);
        assertUpdates(updates);
        if (updates.length === 0) return resolve();
        // The commits run on their own connection; a closed handle here still means a closed storage.
        if (!db.open) throw new StorageError("the database connection is closed");
        // Copy now: the caller may reuse its buffers before the batch is written.
        queue.push({ doc, updates: updates.map((update) => Buffer.from(update)), resolve, reject });
        scheduled ??= setImmediate(flush);
      });
    },

    async compact(doc) {
      ensureOpen();
      assertDocName(doc);
      try {
        if (!compactor) return compactAndForgetTail(doc);
        await compactor.compact(doc);
        tails.delete(doc);
      } catch (error) {
        throw toStorageError(`compaction of "${doc}" failed`, error);
      }
    },

    compactionsSettled: () => compactor?.idle() ?? Promise.resolve(),

    async listDocuments() {
      ensureOpen();
      try {
        // Sorted in JS, not SQL: BINARY collation orders UTF-8 bytes, which
        // differs from JS string order and from other backends.
        return sql.listDocs.all().map((row) => row.doc).sort();
      } catch (error) {
        throw toStorageError("listing documents failed", error);
      }
    },

    async storedBytes(doc) {
      ensureOpen();
      assertDocName(doc);
      try {
        return readStoredBytes(doc);
      } catch (error) {
        throw toStorageError(`size of "${doc}" could not be read`, error);
      }
    },

    async checkWritable() {
      if (closed) return false;
      try {
        // A real committed write (lock, WAL append, fsync), but only to the
        // meta table, never to documents.
        recordWriteCheck.immediate();
        return true;
      } catch {
        return false;
      }
    },

    async close() {
      if (closed) return;
      closed = true;
      if (scheduled) clearImmediate(scheduled);
      // Appends already accepted are written (or rejected) before the handle goes.
      if (inFlight || queue.length > 0) {
        const settled = new Promise<void>((resolve) => (settledAll = resolve));
        flush();
        await settled;
      }
      await committer.terminate();
      await compactor?.close();
      if (ownsDb) db.close();
    },
  };
}
