// The event loop's side of sqlite-compaction-worker.mjs: one compaction per document at a time,
// each request answered when its compaction has committed (or failed, nothing changed).
import { Worker } from "node:worker_threads";
import { StorageError, toStorageError } from "./doc-storage";

export interface Compactor {
  /** Compacts `doc` off the event loop, after any compaction of it already running. */
  compact(doc: string): Promise<void>;
  /** Resolves once no compaction is running. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function createCompactor(file: string): Compactor {
  const worker = new Worker(new URL("./sqlite-compaction-worker.mjs", import.meta.url), { workerData: { file } });
  worker.unref();
  const replies = new Map<number, (error: string | null) => void>();
  let nextId = 1;
  let failure: StorageError | null = null;

  worker.on("message", ({ id, error }: { id: number; error: string | null }) => {
    replies.get(id)?.(error);
    replies.delete(id);
    if (replies.size === 0) worker.unref();
  });
  const gone = (error: unknown) => {
    failure = toStorageError("the compaction worker stopped", error);
    for (const reply of replies.values()) reply(failure.message);
    replies.clear();
  };
  worker.on("error", gone);
  worker.on("exit", (code) => {
    if (!failure) gone(new Error(`exit code ${code}`));
  });

  const request = (doc: string) =>
    new Promise<void>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = nextId++;
      replies.set(id, (error) => (error === null ? resolve() : reject(toStorageError(`compaction of "${doc}" failed`, new Error(error)))));
      worker.ref();
      worker.postMessage({ id, doc });
    });

  const started = new Map<string, Promise<void>>();
  const queued = new Map<string, Promise<void>>();
  const start = (doc: string) => {
    const compaction: Promise<void> = request(doc).finally(() => {
      if (started.get(doc) === compaction) started.delete(doc);
    });
    started.set(doc, compaction);
    return compaction;
  };

  return {
    /** Resolves after a compaction of `doc` that started after this call (a queued one is shared). */
    compact(doc) {
      const waiting = queued.get(doc);
      if (waiting) return waiting;
      const current = started.get(doc);
      if (!current) return start(doc);
      const next = current
        .catch(() => {})
        .then(() => {
          queued.delete(doc);
          return start(doc);
        });
      queued.set(doc, next);
      return next;
    },
    async idle() {
      while (started.size > 0 || queued.size > 0) await Promise.allSettled([...started.values(), ...queued.values()]);
    },
    async close() {
      await this.idle();
      failure ??= new StorageError("storage is closed");
      await worker.terminate();
    },
  };
}
