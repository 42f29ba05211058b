// The child side of a benchmarked server: tells the bench process it is listening, and answers
// its requests for memory and CPU figures over the IPC channel. The same code runs in every
// server's process, so the figures are taken the same way for all of them.
export interface ServerSample {
  rssBytes: number;
  peakRssBytes: number;
  heapUsedBytes: number;
  /** Memory of ArrayBuffers and other objects outside the V8 heap. */
  externalBytes: number;
  cpuUserMicros: number;
  cpuSystemMicros: number;
}

export type ControlRequest = { type: "sample"; id: number; collectGarbage: boolean };
export type ControlReply = { type: "sample"; id: number; sample: ServerSample } | { type: "ready"; port: number; setupToken: string | null };

async function collectGarbage(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  // Twice, with a turn in between: finalizers and weak callbacks free more on the second pass.
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
}

function sample(): ServerSample {
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  return {
    rssBytes: memory.rss,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    heapUsedBytes: memory.heapUsed,
    externalBytes: memory.external,
    cpuUserMicros: cpu.user,
    cpuSystemMicros: cpu.system,
  };
}

/** Call once the server listens. */
export function announceReady(port: number, setupToken: string | null = null): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error("a bench server must be started by the bench (fork with IPC)");
  process.on("message", (request: ControlRequest) => {
    if (request.type !== "sample") return;
    void (request.collectGarbage ? collectGarbage() : Promise.resolve()).then(() => send({ type: "sample", id: request.id, sample: sample() } satisfies ControlReply));
  });
  // The bench going away must not leave servers behind.
  process.on("disconnect", () => process.exit(0));
  send({ type: "ready", port, setupToken } satisfies ControlReply);
}
