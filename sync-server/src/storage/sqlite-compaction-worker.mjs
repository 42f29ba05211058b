// Compacts documents (folds a document's snapshot and update log into one snapshot) on a third
// SQLite connection, in a worker thread: Y.mergeUpdates of a near-limit document takes about a
// second, which on the server's event loop would hold up every other document's traffic.
// Reading and merging take no write lock; the short write transaction first checks that nobody
// compacted meanwhile (the rows it merged are all still there), so appends and other compactions
// never lose anything. Plain JavaScript so that it loads in a worker without a TypeScript loader.
import { Buffer } from "node:buffer";
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import * as Y from "yjs";

const db = new Database(workerData.file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.pragma("busy_timeout = 5000");
const selectSnapshot = db.prepare("SELECT data, bytes FROM doc_snapshots WHERE doc = ?");
const selectSnapshotBytes = db.prepare("SELECT bytes FROM doc_snapshots WHERE doc = ?");
const selectTail = db.prepare("SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq");
const countTailUpTo = db.prepare("SELECT count(*) AS n FROM doc_updates WHERE doc = ? AND seq <= ?");
const upsertSnapshot = db.prepare(
  "INSERT INTO doc_snapshots (doc, data, bytes) VALUES (?, ?, ?) ON CONFLICT (doc) DO UPDATE SET data = excluded.data, bytes = excluded.bytes",
);
const deleteTailUpTo = db.prepare("DELETE FROM doc_updates WHERE doc = ? AND seq <= ?");

const read = db.transaction((doc) => ({ snapshot: selectSnapshot.get(doc), tail: selectTail.all(doc) }));
const write = db.transaction((doc, merged, lastSeq, tailRows, snapshotBytes) => {
  if ((selectSnapshotBytes.get(doc)?.bytes ?? null) !== snapshotBytes || countTailUpTo.get(doc, lastSeq).n !== tailRows) return false;
  upsertSnapshot.run(doc, merged, merged.byteLength);
  deleteTailUpTo.run(doc, lastSeq);
  return true;
});

parentPort.on("message", ({ id, doc }) => {
  try {
    const { snapshot, tail } = read(doc);
    const last = tail.at(-1);
    if (!last) return parentPort.postMessage({ id, error: null });
    const parts = tail.map((row) => row.data);
    if (snapshot) parts.unshift(snapshot.data);
    const merged = Y.mergeUpdates(parts);
    write.immediate(doc, Buffer.from(merged.buffer, merged.byteOffset, merged.byteLength), last.seq, tail.length, snapshot?.bytes ?? null);
    parentPort.postMessage({ id, error: null });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
