// Durable acknowledgement latency of our server (real process, SQLite, synchronous=FULL):
// single updates one at a time, a 1,000-update backlog sent as one sync step 2 (how a device
// catches up after being offline), and 1,000 updates sent back to back as separate frames.
import { performance } from "node:perf_hooks";
import * as Y from "yjs";
import { startServerProcess } from "../test/helpers/server-process";
import { createExchange, redeem, setupTokenFromOutput, tokenFromLink } from "../test/helpers/provision";
import { DurableClient } from "./lib/durable-client";
import { median, percentile } from "./lib/machine";

export interface AckLatencyResult {
  singleUpdate: { samples: number; p50Ms: number; p99Ms: number };
  backlogAsStep2: { rounds: number; medianMs: number; allMs: number[] };
  backlogAsFrames: { rounds: number; medianMs: number; perUpdateP50Ms: number; perUpdateP99Ms: number };
}

export async function measureAckLatency(options: { quick: boolean }): Promise<AckLatencyResult> {
  const server = await startServerProcess({
    staticDir: "/nonexistent",
    env: { LIMIT_CONNECTIONS_PER_MINUTE_PER_IP: "1000000", LIMIT_CONNECTION_BURST_PER_IP: "100000", LIMIT_CONNECTIONS_PER_MINUTE_PER_PERSON: "1000000", LIMIT_CONNECTION_BURST_PER_PERSON: "100000", LIMIT_BYTE_BURST_PER_PERSON: "1000000000000", LIMIT_FRAMES_PER_SECOND: "1000000", LIMIT_FRAME_BURST: "1000000" },
  });
  try {
    const officer = await redeem(server.url, setupTokenFromOutput(server.output()), { name: "Bench Officer", committeeName: "Bench LC" });
    const wsUrl = server.url.replace(/^http/, "ws");
    const freshStudent = async () => {
      const exchange = await createExchange(server.url, officer.token);
      const student = await redeem(server.url, tokenFromLink(exchange.invites.student));
      return { url: `${wsUrl}/sync/exchange/${exchange.exchangeId}/student`, token: student.token };
    };

    // Single updates: type a character, wait until it is on disk, repeat.
    const single = await freshStudent();
    const client = new DurableClient(single.url, single.token);
    await client.connect();
    const text = client.doc.getText("reflection");
    const samples: number[] = [];
    const count = options.quick ? 200 : 1000;
    for (let i = 0; i < count + 20; i++) {
      const started = performance.now();
      text.insert(text.length, "x");
      await client.whenDurable();
      if (i >= 20) samples.push(performance.now() - started);
    }
    client.close();
    samples.sort((a, b) => a - b);

    const rounds = options.quick ? 3 : 5;
    const asStep2: number[] = [];
    const asFrames: number[] = [];
    const perUpdate: number[] = [];
    for (let round = 0; round < rounds; round++) {
      // A device that made 1,000 changes offline connects: everything goes in its sync step 2.
      const target = await freshStudent();
      const device = new DurableClient(target.url, target.token);
      const log = device.doc.getArray<number>("offline");
      for (let i = 0; i < 1000; i++) device.doc.transact(() => log.push([i]));
      const started = performance.now();
      await device.connect();
      await device.whenDurable();
      asStep2.push(performance.now() - started);
      device.close();

      // The same 1,000 changes made while connected, as fast as the client can send them.
      const live = await freshStudent();
      const writer = new DurableClient(live.url, live.token);
      await writer.connect();
      await writer.whenDurable();
      const array = writer.doc.getArray<number>("live");
      const begun = performance.now();
      const acked: Promise<void>[] = [];
      for (let i = 0; i < 1000; i++) {
        writer.doc.transact(() => array.push([i]));
        const sentAt = performance.now();
        acked.push(writer.whenDurable().then(() => void perUpdate.push(performance.now() - sentAt)));
      }
      await Promise.all(acked);
      asFrames.push(performance.now() - begun);
      writer.close();
    }
    perUpdate.sort((a, b) => a - b);
    return {
      singleUpdate: { samples: samples.length, p50Ms: percentile(samples, 50), p99Ms: percentile(samples, 99) },
      backlogAsStep2: { rounds, medianMs: median(asStep2), allMs: asStep2 },
      backlogAsFrames: { rounds, medianMs: median(asFrames), perUpdateP50Ms: percentile(perUpdate, 50), perUpdateP99Ms: percentile(perUpdate, 99) },
    };
  } finally {
    await server.stop();
  }
}

export function checkSameContent(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateAsUpdateV2(a)).equals(Buffer.from(Y.encodeStateAsUpdateV2(b)));
}
