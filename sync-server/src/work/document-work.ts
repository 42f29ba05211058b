// Where whole-document work runs, so that one participant's large document cannot stall everyone
// else: jobs on small documents (under `inlineBelowBytes`) run on the event loop, where they take
// a millisecond or two; the others go to a small pool of worker threads. The pool is fair between
// documents: each document (a job's owner) has at most one job running, and owners take turns,
// so a near-limit document keeps at most one worker busy. A job that runs past its deadline, or
// whose worker dies (out of memory, say), fails alone: the worker is replaced.
import { Worker } from "node:worker_threads";
import { runJob, type Job, type JobResult, type StoredReadJob } from "./document-jobs";

export interface DocumentWorkOptions {
  /** Worker threads; whole-document jobs of large documents run at most this many at once. */
  workers?: number;
  /** Jobs whose input is smaller run inline. */
  inlineBelowBytes?: number;
  /** A job still running after this long fails, and its worker is replaced. */
  jobTimeoutMs?: number;
  /** Heap limit of each worker (a 32 MiB document loaded into a Y.Doc takes a few hundred MB). */
  workerHeapMb?: number;
}

export class DocumentWorkFailed extends Error {
  override name = "DocumentWorkFailed";
}

interface Pending {
  job: Job | StoredReadJob;
  owner: string;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface PoolWorker {
  worker: Worker;
  running: (Pending & { timer: NodeJS.Timeout }) | null;
}

export type DocumentWork = ReturnType<typeof createDocumentWork>;

const jobBytes = (job: Job) => job.parts.reduce((sum, part) => sum + part.byteLength, 0);

function spawnWorker(heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  // From source (tsx, vitest) the worker is TypeScript and needs the loader; built, it sits next to main.mjs.
  if (import.meta.url.endsWith(".ts")) {
    return new Worker(new URL("./ts-worker.mjs", import.meta.url), { workerData: { entry: new URL("./document-worker.ts", import.meta.url).href }, resourceLimits });
  }
  return new Worker(new URL("./document-worker.mjs", import.meta.url), { resourceLimits });
}

export function createDocumentWork(options: DocumentWorkOptions = {}) {
  const size = options.workers ?? 2;
  const inlineBelow = options.inlineBelowBytes ?? 256 * 1024;
  // Generous: a near-limit document on a loaded machine takes tens of seconds; this only ends what never would.
  const timeoutMs = options.jobTimeoutMs ?? 300_000;
  const heapMb = options.workerHeapMb ?? 3072;
  const queues = new Map<string, Pending[]>();
  const running = new Set<string>();
  const pool: PoolWorker[] = [];
  let closed = false;

  const settle = (entry: PoolWorker, outcome: { result?: unknown; error?: Error }) => {
    const job = entry.running;
    if (!job) return;
    entry.running = null;
    entry.worker.unref();
    clearTimeout(job.timer);
    running.delete(job.owner);
    if (!queues.has(job.owner)) lastServed.delete(job.owner);
    if (outcome.error) job.reject(outcome.error);
    else job.resolve(outcome.result);
    dispatch();
  };

  const retire = (entry: PoolWorker, error: Error) => {
    const index = pool.indexOf(entry);
    if (index >= 0) pool.splice(index, 1);
    entry.worker.removeAllListeners();
    entry.worker.on("error", () => {});
    void entry.worker.terminate();
    settle(entry, { error });
  };

  const addWorker = (): PoolWorker => {
    const entry: PoolWorker = { worker: spawnWorker(heapMb), running: null };
    entry.worker.unref();
    entry.worker.on("message", (reply: { result?: unknown; error?: { name: string; message: string } }) => {
      const error = reply.error ? Object.assign(new DocumentWorkFailed(reply.error.message), { cause: reply.error.name }) : undefined;
      settle(entry, error ? { error } : { result: reply.result });
    });
    entry.worker.on("error", (error) => retire(entry, new DocumentWorkFailed(`the worker stopped: ${error.message}`)));
    entry.worker.on("exit", (code) => retire(entry, new DocumentWorkFailed(`the worker exited with code ${code}`)));
    pool.push(entry);
    return entry;
  };

  // When each owner was last served: the one served longest ago (or never) goes next.
  const lastServed = new Map<string, number>();
  let turn = 0;
  /** The next job of the owner, among those with none running, whose turn it is. */
  const nextJob = (): Pending | null => {
    let chosen: string | null = null;
    for (const owner of queues.keys()) {
      if (running.has(owner)) continue;
      if (chosen === null || (lastServed.get(owner) ?? -1) < (lastServed.get(chosen) ?? -1)) chosen = owner;
    }
    if (chosen === null) return null;
    const queue = queues.get(chosen) as Pending[];
    const job = queue.shift() as Pending;
    if (queue.length === 0) queues.delete(chosen);
    lastServed.set(chosen, turn++);
    return job;
  };

  let nextId = 1;
  function dispatch(): void {
    while (!closed) {
      const idle = pool.find((entry) => entry.running === null) ?? (pool.length < size ? addWorker() : null);
      if (!idle) return;
      const job = nextJob();
      if (!job) return;
      running.add(job.owner);
      const timer = setTimeout(() => retire(idle, new DocumentWorkFailed(`the job took longer than ${timeoutMs} ms`)), timeoutMs);
      idle.running = { ...job, timer };
      idle.worker.ref();
      idle.worker.postMessage({ id: nextId++, job: job.job });
    }
  }

  return {
    /** Documents smaller than this are worked on inline. */
    inlineBelowBytes: inlineBelow,
    /** Runs `job` on the document `owner`, inline if its input is small, else in a worker, fairly. A stored read always goes to a worker. */
    run<J extends Job | StoredReadJob>(job: J, owner: string): Promise<JobResult<J>> {
      if (closed) return Promise.reject(new DocumentWorkFailed("the server is shutting down"));
      if (job.op !== "read-stored" && jobBytes(job) < inlineBelow) return new Promise((resolve) => resolve(runJob(job) as JobResult<J>));
      return new Promise((resolve, reject) => {
        const queue = queues.get(owner) ?? [];
        queue.push({ job, owner, resolve: resolve as (result: unknown) => void, reject });
        queues.set(owner, queue);
        dispatch();
      });
    },
    /** Jobs waiting or running for `owner`: a room refuses more work past a bound. */
    pending(owner: string): number {
      return (queues.get(owner)?.length ?? 0) + (running.has(owner) ? 1 : 0);
    },
    async close(): Promise<void> {
      closed = true;
      const failure = new DocumentWorkFailed("the server is shutting down");
      for (const queue of queues.values()) for (const job of queue) job.reject(failure);
      queues.clear();
      await Promise.all([...pool].map((entry) => (retire(entry, failure), entry.worker.terminate())));
    },
  };
}
