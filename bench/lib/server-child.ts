// The bench side of a benchmarked server: forks one server's launcher (bench/peers/*) as its
// own process, so its memory and CPU time are its alone, and asks it for samples over IPC.
import { fork, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { freePort } from "../../test/helpers/free-port";
import type { ControlReply, ServerSample } from "../peers/control";

export interface ServerChild {
  readonly pid: number;
  readonly port: number;
  readonly setupToken: string | null;
  /** Memory and CPU figures of the server process; with `collectGarbage`, after a full GC. */
  sample(options?: { collectGarbage?: boolean }): Promise<ServerSample>;
  /** SIGTERM (a graceful stop, which lets our server and Hocuspocus flush), SIGKILL after 10 s. */
  stop(): Promise<void>;
}

export interface ServerChildOptions {
  launcher: "ours" | "hocuspocus" | "y-websocket-server";
  dataDir: string;
  env?: Record<string, string>;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
}

export async function startServerChild(options: ServerChildOptions): Promise<ServerChild> {
  const port = await freePort();
  const child: ChildProcess = fork(join(import.meta.dirname, "../peers", `${options.launcher}.ts`), [], {
    execArgv: ["--import", "tsx", "--expose-gc", ...(options.nodeFlags ?? [])],
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: options.dataDir, ...options.env },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const pending = new Map<number, (sample: ServerSample) => void>();
  let nextId = 1;
  const ready = await new Promise<Extract<ControlReply, { type: "ready" }>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.launcher} did not start in 30 s:\n${output}`)), 30_000);
    child.on("message", (reply: ControlReply) => {
      if (reply.type === "ready") {
        clearTimeout(timer);
        resolve(reply);
      } else pending.get(reply.id)?.(reply.sample);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.launcher} exited with ${code}:\n${output}`));
    });
  });
  return {
    pid: child.pid as number,
    port: ready.port,
    setupToken: ready.setupToken,
    sample: ({ collectGarbage = false } = {}) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, (sample) => (pending.delete(id), resolve(sample)));
        child.send({ type: "sample", id, collectGarbage });
      }),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
