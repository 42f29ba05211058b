// `npm run bench`: our server against @hocuspocus/server (SQLite) and @y/websocket-server (in
// memory) on four workloads in rounds, then our durable acknowledgement latency; prints a table
// with the ratio ours/peer per row and writes bench/results.json with the machine's details.
// `--quick` runs smaller workloads and finishes in under two minutes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadAverage, machineDetails, measureSteal } from "./lib/machine";
import { measureAckLatency } from "./ack-latency";
import { compareServers, fullSettings, medianOf, quickSettings } from "./compare";
import { comparisonTable, type FigureRow } from "./lib/report";
import { checkTargets } from "./targets";

const quick = process.argv.includes("--quick");
const settings = quick ? quickSettings : fullSettings;
const startedAt = new Date().toISOString();
const began = performance.now();
const loadAtStart = loadAverage();

const compareSteal = measureSteal();
const rounds = await compareServers(settings, (line) => console.error(line));
const comparisonSteal = compareSteal();
const ackSteal = measureSteal();
const ack = await measureAckLatency({ quick });
const ackStolen = ackSteal();

const { live, idle, catchUp, coldLoad } = rounds;
const rows: FigureRow[] = [
  { figure: `live: propagation p50, ${settings.live.documents} docs × ${settings.live.clientsPerDocument} clients`, unit: "ms", values: medianOf(live, (r) => r.p50Ms), digits: 2 },
  { figure: "live: propagation p99", unit: "ms", values: medianOf(live, (r) => r.p99Ms), digits: 2 },
  { figure: "live: updates delivered per second", unit: "/s", values: medianOf(live, (r) => r.deliveredPerSecond), digits: 0 },
  { figure: `live: server CPU time over ${settings.live.seconds} s`, unit: "s", values: medianOf(live, (r) => r.cpuSeconds), digits: 2 },
  { figure: "live: server peak RSS", unit: "MB", values: medianOf(live, (r) => r.peakRssMb), digits: 1 },
  { figure: `idle: RSS per extra connection (${settings.idle.connections} over ${settings.idle.documents} docs)`, unit: "KB", values: medianOf(idle, (r) => r.perConnectionKb), digits: 1 },
  { figure: "idle: RSS per loaded document", unit: "MB", values: medianOf(idle, (r) => r.perDocumentMb), digits: 3 },
  { figure: "catch-up: 2,240 offline updates, until others see all", unit: "ms", values: medianOf(catchUp, (r) => r.seenByOthersMs), digits: 1 },
  { figure: "catch-up: until the durable ack covers them (ours)", unit: "ms", values: medianOf(catchUp, (r) => r.durableMs), digits: 1 },
  { figure: `cold load: time per stored document (${settings.coldDocuments} docs)`, unit: "ms", values: medianOf(coldLoad, (r) => r.perDocumentMs), digits: 2 },
];
console.log(comparisonTable(rows));
console.log(`\nCPU steal during the comparison: ${comparisonSteal === null ? "n/a" : `${(comparisonSteal * 100).toFixed(1)} %`}; load average (1, 5, 15 min) at start ${loadAtStart.join(", ")}, after ${loadAverage().join(", ")}`);
const clientCpu = medianOf(live, (r) => r.clientCpuSeconds);
console.log(`bench process (all clients) CPU time over the live window, median: ours ${clientCpu.ours?.toFixed(2)} s, Hocuspocus ${clientCpu.hocuspocus?.toFixed(2)} s, y-websocket-server ${clientCpu["y-websocket-server"]?.toFixed(2)} s`);

const ackRows: [string, string][] = [
  ["durable ack, single update, p50", `${ack.singleUpdate.p50Ms.toFixed(2)} ms`],
  ["durable ack, single update, p99", `${ack.singleUpdate.p99Ms.toFixed(2)} ms`],
  ["1,000-update backlog as one sync step 2, until durable (median)", `${ack.backlogAsStep2.medianMs.toFixed(1)} ms`],
  ["1,000 updates as separate frames, until all durable (median)", `${ack.backlogAsFrames.medianMs.toFixed(1)} ms`],
  ["  per update in that burst, p50 / p99", `${ack.backlogAsFrames.perUpdateP50Ms.toFixed(1)} / ${ack.backlogAsFrames.perUpdateP99Ms.toFixed(1)} ms`],
  ["CPU steal during the ack measurements", ackStolen === null ? "n/a" : `${(ackStolen * 100).toFixed(1)} %`],
];
const width = Math.max(...ackRows.map(([name]) => name.length));
console.log("\nOurs alone:");
for (const [name, value] of ackRows) console.log(`${name.padEnd(width)}  ${value}`);

const targets = checkTargets(rows);
console.log("\nTargets:");
for (const target of targets) console.log(`${target.met ? "met   " : "MISSED"}  ${target.description}: ${target.detail}`);

const seconds = (performance.now() - began) / 1000;
console.log(`\nfinished in ${seconds.toFixed(0)} s`);
const results = {
  startedAt,
  quick,
  durationSeconds: seconds,
  machine: machineDetails(),
  steal: { comparison: comparisonSteal, ackLatency: ackStolen },
  loadAverage: { atStart: loadAtStart, atEnd: loadAverage() },
  settings,
  comparison: { medians: rows, targets, rounds },
  ackLatency: ack,
};
writeFileSync(join(import.meta.dirname, "results.json"), JSON.stringify(results, null, 2) + "\n");
console.log(`written ${join("bench", "results.json")}`);
