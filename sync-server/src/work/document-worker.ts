// A worker thread of the document-work pool: runs one job at a time and answers with its result
// or the error's name and message. Whatever a document does to this thread (a stack overflow, a
// heap past its limit, a loop past its deadline) ends here, not in the server. Reads of large
// stored documents load them here too, on a read-only connection of this thread's own.
import { parentPort } from "node:worker_threads";
import type Database from "better-sqlite3";
import { runJob, type Job, type StoredReadJob } from "./document-jobs";
import { createDocReader, openReadOnly } from "../storage/sqlite-read";

const readers = new Map<string, { db: Database.Database; read: (doc: string) => Uint8Array[] }>();

function withParts(job: Job | StoredReadJob): Job {
  if (job.op !== "read-stored") return job;
  let reader = readers.get(job.file);
  if (!reader) {
    const db = openReadOnly(job.file);
    reader = { db, read: createDocReader(db) };
    readers.set(job.file, reader);
  }
  return { op: "read", kind: job.kind, reader: job.reader, parts: reader.read(job.name), maxResultBytes: job.maxResultBytes };
}

parentPort?.on("message", ({ id, job }: { id: number; job: Job | StoredReadJob }) => {
  try {
    parentPort?.postMessage({ id, result: runJob(withParts(job)) });
  } catch (error) {
    parentPort?.postMessage({ id, error: { name: error instanceof Error ? error.name : "Error", message: error instanceof Error ? error.message : String(error) } });
  }
});
