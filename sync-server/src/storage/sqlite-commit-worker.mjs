// Commits appended document updates on a second SQLite connection to the same file, in a worker
// thread. better-sqlite3 is synchronous: a COMMIT with fsync on the server's event loop held up
// the relaying of every frame that arrived meanwhile (most of the busy time under live editing).
// Plain JavaScript so that it loads in a worker without a TypeScript loader (tsx, vitest).
import { Buffer } from "node:buffer";
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const db = new Database(workerData.file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
// A compaction's write of a large snapshot holds the write lock for a while: wait, rather than fail the commit.
db.pragma("busy_timeout = 30000");
const insert = db.prepare("INSERT INTO doc_updates (doc, data) VALUES (?, ?)");
const writeBatch = db.transaction((batch) => {
  for (const { doc, updates } of batch) {
    for (const update of updates) insert.run(doc, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
  }
});

parentPort.on("message", ({ id, batch }) => {
  try {
    writeBatch.immediate(batch);
    parentPort.postMessage({ id, error: null });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
