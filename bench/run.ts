// `npm run bench`: runs every benchmark once, prints a table, and writes bench/results.json with
// the machine's details. `--quick` uses smaller workloads and finishes in about a minute.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { machineDetails, measureSteal } from "./lib/machine";
import { measureAckLatency } from "./ack-latency";

const quick = process.argv.includes("--quick");
const steal = measureSteal();
const startedAt = new Date().toISOString();
const ack = await measureAckLatency({ quick });
const stolen = steal();

const rows: [string, string][] = [
  ["durable ack, single update, p50", `${ack.singleUpdate.p50Ms.toFixed(2)} ms`],
  ["durable ack, single update, p99", `${ack.singleUpdate.p99Ms.toFixed(2)} ms`],
  ["1,000-update backlog as one sync step 2, until durable (median)", `${ack.backlogAsStep2.medianMs.toFixed(1)} ms`],
  ["1,000 updates as separate frames, until all durable (median)", `${ack.backlogAsFrames.medianMs.toFixed(1)} ms`],
  ["  per update in that burst, p50 / p99", `${ack.backlogAsFrames.perUpdateP50Ms.toFixed(1)} / ${ack.backlogAsFrames.perUpdateP99Ms.toFixed(1)} ms`],
  ["CPU steal during the run", stolen === null ? "n/a" : `${(stolen * 100).toFixed(1)} %`],
];
const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);

const results = { startedAt, quick, machine: machineDetails(), steal: stolen, ackLatency: ack };
writeFileSync(join(import.meta.dirname, "results.json"), JSON.stringify(results, null, 2) + "\n");
console.log(`\nwritten ${join("bench", "results.json")}`);
