// How long the server takes to come back after a crash: each run SIGKILLs the previous process
// and times a fresh start, on the same data folder, until it prints that it is running (the line
// scripts and supervisors wait for). Prints the median and range of the runs.
//
//   npx tsx bench/restart-time.ts                    # the production command: node sync-server/dist/main.mjs
//   npx tsx bench/restart-time.ts --runs 20 -- npm run serve
//   npx tsx bench/restart-time.ts --cwd /path/to/other/checkout -- node --import tsx sync-server/src/main.ts
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "../test/helpers/free-port";

const args = process.argv.slice(2);
const separator = args.indexOf("--");
const flags = separator === -1 ? args : args.slice(0, separator);
const command = separator === -1 ? ["node", "sync-server/dist/main.mjs"] : args.slice(separator + 1);
const flag = (name: string, fallback: string) => {
  const at = flags.indexOf(name);
  return at === -1 ? fallback : (flags[at + 1] ?? fallback);
};
const runs = Number(flag("--runs", "10"));
const cwd = resolve(flag("--cwd", resolve(import.meta.dirname, "..")));

async function startOnce(port: number, dataDir: string): Promise<{ readyMs: number; kill: () => Promise<void> }> {
  const started = performance.now();
  const [program, ...rest] = command as [string, ...string[]];
  const child = spawn(program, rest, {
    cwd,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so SIGKILL reaches node even when npm or sh started it.
    detached: true,
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  let output = "";
  const readyMs = await new Promise<number>((ready, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("is running at")) ready(performance.now() - started);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => fail(new Error(`exited with ${code} before it was ready:\n${output}`)));
  });
  return {
    readyMs,
    kill: async () => {
      process.kill(-(child.pid as number), "SIGKILL");
      await exited;
    },
  };
}

const dataDir = mkdtempSync(join(tmpdir(), "aql-restart-"));
try {
  const port = await freePort();
  // The first start creates the database; only restarts onto an existing one are timed.
  await (await startOnce(port, dataDir)).kill();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const server = await startOnce(port, dataDir);
    times.push(server.readyMs);
    await server.kill();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  console.log(
    `restart after SIGKILL, ${runs} runs of \`${command.join(" ")}\` in ${cwd}: median ${median.toFixed(0)} ms, ` +
      `min ${sorted[0]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(" ")})`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
