// Live editing: per document one writer and several readers, the writer sending small updates
// at a steady rate. Measures how long each update takes to reach every other client, and the
// server's CPU time and peak memory while it relays them.
import { performance } from "node:perf_hooks";
import * as Y from "yjs";
import { percentile } from "../lib/machine";
import { cpuSecondsBetween, inBatches, sleep } from "../lib/pool";
import { SyncClient } from "../lib/sync-client";
import type { RunningTarget } from "../lib/targets";

export interface LiveEditingOptions {
  documents: number;
  clientsPerDocument: number;
  updatesPerSecond: number;
  seconds: number;
  warmUpSeconds: number;
}

export interface LiveEditingResult {
  p50Ms: number;
  p99Ms: number;
  /** Updates delivered to readers per second during the measured window. */
  deliveredPerSecond: number;
  sentPerSecond: number;
  /** Deliveries that had not arrived 5 s after the last update was sent. */
  missing: number;
  cpuSeconds: number;
  peakRssMb: number;
  /** CPU time of the bench process (all clients) over the same window: if it nears the window, the clients are the bottleneck. */
  clientCpuSeconds: number;
}

interface Document {
  writer: SyncClient;
  readers: SyncClient[];
  /** Send time per writer clock after the update (NaN while warming up). */
  sentAt: Map<number, number>;
  nextDueAt: number;
}

export async function liveEditing(target: RunningTarget, options: LiveEditingOptions): Promise<LiveEditingResult> {
  const latencies: number[] = [];
  let recording = false;
  let delivered = 0;
  let expected = 0;
  const documents: Document[] = [];
  for (let index = 0; index < options.documents; index++) {
    const writer = new SyncClient(target.writer(index), new Y.Doc());
    const writerId = (writer.doc as Y.Doc).clientID;
    const sentAt = new Map<number, number>();
    // Readers keep no Y.Doc: the update's end clock for the writer identifies it, whether the
    // server relays the bytes it got (ours) or re-encodes what its Y.Doc applied (the peers).
    const readers = Array.from({ length: options.clientsPerDocument - 1 }, () => {
      const reader = new SyncClient(target.reader(index));
      reader.onUpdate = (update) => {
        const clock = Y.parseUpdateMeta(update).to.get(writerId);
        const at = clock === undefined ? undefined : sentAt.get(clock);
        if (at === undefined || Number.isNaN(at)) return;
        delivered++;
        latencies.push(performance.now() - at);
      };
      return reader;
    });
    documents.push({ writer, readers, sentAt, nextDueAt: 0 });
  }
  const everyone = documents.flatMap((d) => [d.writer, ...d.readers]);
  await inBatches(everyone, 50, async (client) => {
    await client.connect();
    await client.whenSynced();
  });

  const interval = 1000 / options.updatesPerSecond;
  const begin = performance.now();
  // Writers are spread evenly over the interval, as independent people would be.
  documents.forEach((d, i) => (d.nextDueAt = begin + (i / documents.length) * interval));
  const send = (d: Document) => {
    const doc = d.writer.doc as Y.Doc;
    const log = doc.getArray<number>("log");
    const seq = log.length;
    // A few characters typed and a counter: a small update (about 30 bytes), sent at once.
    const clockAfter = Y.getState(doc.store, doc.clientID) + 4;
    d.sentAt.set(clockAfter, recording ? performance.now() : NaN);
    doc.transact(() => {
      log.push([seq]);
      doc.getText("notes").insert(seq * 3, "ab ");
    });
  };
  let sent = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    for (const d of documents) {
      while (d.nextDueAt <= now) {
        send(d);
        d.nextDueAt += interval;
        if (recording) sent++;
      }
    }
  }, 2);

  await sleep(options.warmUpSeconds * 1000);
  const before = await target.child.sample();
  const clientBefore = process.cpuUsage();
  recording = true;
  const measuredFrom = performance.now();
  await sleep(options.seconds * 1000);
  clearInterval(ticker);
  const window = (performance.now() - measuredFrom) / 1000;
  expected = sent * (options.clientsPerDocument - 1);
  const drainUntil = performance.now() + 5000;
  while (delivered < expected && performance.now() < drainUntil) await sleep(20);
  const after = await target.child.sample();
  const clientCpu = process.cpuUsage(clientBefore);
  for (const client of everyone) client.close();

  latencies.sort((a, b) => a - b);
  return {
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    deliveredPerSecond: delivered / window,
    sentPerSecond: sent / window,
    missing: Math.max(0, expected - delivered),
    cpuSeconds: cpuSecondsBetween(before, after),
    peakRssMb: after.peakRssBytes / 1e6,
    clientCpuSeconds: (clientCpu.user + clientCpu.system) / 1e6,
  };
}
