// Reading one document's stored parts from SQLite: the snapshot, then the tail in append order,
// in one transaction so a compaction on another connection cannot slip between the two reads.
// Shared by the storage's own connection and by worker threads that read large documents on a
// connection of their own, off the event loop.
import Database from "better-sqlite3";

/** better-sqlite3 hands out Buffers; callers get plain Uint8Arrays so deep equality holds. */
export function toBytes(data: Buffer): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export function createDocReader(db: Database.Database): (doc: string) => Uint8Array[] {
  const selectSnapshot = db.prepare<[string], { data: Buffer }>("SELECT data FROM doc_snapshots WHERE doc = ?");
  const selectTail = db.prepare<[string], { data: Buffer }>("SELECT data FROM doc_updates WHERE doc = ? ORDER BY seq");
  return db.transaction((doc: string): Uint8Array[] => {
    const snapshot = selectSnapshot.get(doc);
    const tail = selectTail.all(doc).map((row) => toBytes(row.data));
    return snapshot ? [toBytes(snapshot.data), ...tail] : tail;
  });
}

/** A read-only connection to a storage file, for a worker thread. */
export function openReadOnly(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}
