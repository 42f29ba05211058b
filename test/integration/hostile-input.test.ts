// Hostile input while honest people work: 8 attacking sockets send at least 10,000 malformed
// frames (plus forged-token sockets, raw WebSocket framing violations, and valid-but-hostile
// frames such as updates with missing dependencies) to the document three honest stock clients
// of the student and a reading tutor are editing and syncing. The server runs in this process on
// real SQLite so its memory can be measured.
//
// Every frame comes from a seeded PRNG; rerun a failure with HOSTILE_SEED=<seed printed>
// (HOSTILE_FRAMES=<n> shortens a local run; the default, 10,000, is the requirement). Attacking
// sockets send zero or more valid-but-hostile frames, prove the connection survived them (a sync
// step 1 is still answered), then one malformed frame, and record the close code; 8 of them run
// at once, each opening a new socket after every close. The close-code distribution, the close
// reasons, event-loop delay and memory are printed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { monitorEventLoopDelay } from "node:perf_hooks";
import WebSocket from "ws";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import { startTestServer, type TestServer } from "../helpers/in-process-server";
import { provisionExchange } from "../helpers/provision";
import { covers, durableObserver, stockClient, waitFor } from "../helpers/clients";
import {
  createFrameGenerator,
  createRandom,
  forgedToken,
  gappedChains,
  rawSocketAttack,
  step1Frame,
  toHex,
  updateFrame,
  type GappedChain,
  type HostileFrame,
  type Random,
} from "../helpers/malformed-frames";

const seed = Number(process.env.HOSTILE_SEED ?? Math.floor(Math.random() * 2 ** 32));
const maxFrameBytes = 64 * 1024;
const malformedTarget = Number(process.env.HOSTILE_FRAMES ?? 10_000);
const attackers = 8;
const honestWriters = 3;
const closeTimeoutMs = 5_000;
const metricsToken = "hostile-input-metrics-token";

const closeCodeNames: Record<number, string> = {
  1002: "protocol error (ws)",
  1007: "invalid frame payload (ws)",
  1009: "frame too big",
  4400: "malformed",
  4401: "unauthorized",
  4529: "rate limited",
};

function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  gc();
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** A ws client socket that remembers its messages until it closes. */
function openSocket(url: string, protocols: string[] | undefined) {
  const ws = protocols ? new WebSocket(url, protocols, { perMessageDeflate: false }) : new WebSocket(url, { perMessageDeflate: false });
  const messages: Uint8Array[] = [];
  let listeners: (() => void)[] = [];
  const notify = () => {
    const current = listeners;
    listeners = [];
    current.forEach((listener) => listener());
  };
  let closeInfo: { code: number; reason: string } | null = null;
  let error: Error | null = null;
  ws.on("message", (data: Buffer) => {
    messages.push(new Uint8Array(data));
    notify();
  });
  ws.on("error", (e) => (error = e));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on("close", (code, reason) => {
      closeInfo = { code, reason: reason.toString() };
      resolve(closeInfo);
      notify();
    }),
  );
  const opened = new Promise<boolean>((resolve) => {
    ws.once("open", () => resolve(true));
    ws.once("close", () => resolve(false));
  });
  return {
    ws,
    opened,
    closed,
    get closeInfo() {
      return closeInfo;
    },
    get error() {
      return error;
    },
    /** The first message matching `match`, or null when the socket closes or time runs out. */
    waitMessage(match: (m: Uint8Array) => boolean, timeoutMs: number): Promise<Uint8Array | null> {
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(null), timeoutMs);
        const check = () => {
          const found = messages.find(match);
          if (found || closeInfo) {
            clearTimeout(timer);
            return resolve(found ?? null);
          }
          listeners.push(check);
        };
        check();
      });
    },
  };
}

const withTimeout = <T,>(promise: Promise<T>, ms: number): Promise<T | "timeout"> =>
  Promise.race([promise, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), ms))]);

const isServerStep1 = (m: Uint8Array) => m[0] === 0 && m[1] === 0;
const isStep2 = (m: Uint8Array) => m[0] === 0 && m[1] === 1;

function stateVectorOfStep1(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}

/** Tallies outcomes per category and overall, and keeps the first failures with their bytes. */
function createTally() {
  const codes = new Map<string, number>();
  const byCategory = new Map<string, Map<string, number>>();
  const reasons = new Map<string, number>();
  const failures: string[] = [];
  let failureCount = 0;
  const bump = (map: Map<string, number>, key: string, n = 1) => map.set(key, (map.get(key) ?? 0) + n);
  return {
    codes,
    byCategory,
    reasons,
    failures,
    get failureCount() {
      return failureCount;
    },
    record(category: string, code: number | string, reason = "") {
      bump(codes, String(code));
      const perCategory = byCategory.get(category) ?? new Map<string, number>();
      byCategory.set(category, perCategory);
      bump(perCategory, String(code));
      if (reason) bump(reasons, `${code} ${reason.replace(/\d+/g, "N")}`);
    },
    fail(message: string) {
      failureCount++;
      if (failures.length < 25) failures.push(message);
    },
  };
}

describe("hostile input while honest clients edit (in-process server, real SQLite)", () => {
  let test: TestServer;
  let people: Awaited<ReturnType<typeof provisionExchange>>;

  beforeAll(async () => {
    test = await startTestServer({
      metrics: { token: metricsToken },
      limits: {
        maxFrameBytes,
        // One IP opens ~11,000 connections here, and attackers send a few frames each as fast as
        // they can: the limits are raised so the outcomes are about validation, not rate limiting.
        connectionsPerMinutePerIp: 10_000_000,
        connectionBurstPerIp: 1_000_000,
        connectionsPerMinutePerPerson: 10_000_000,
        connectionBurstPerPerson: 1_000_000,
        byteBurstPerPerson: 1e12,
        framesPerSecond: 100_000,
        frameBurst: 100_000,
      },
    });
    people = await provisionExchange(test.url, test.setupToken);
  });

  afterAll(async () => {
    await test?.close();
  });

  it(`${malformedTarget.toLocaleString("en")} malformed frames from ${attackers} attackers: the server stays up, closes only the attackers, and honest clients converge`, async () => {
    console.log(`hostile-input: seed ${seed} (replay with HOSTILE_SEED=${seed})`);
    const cleanup: (() => void)[] = [];
    try {
      await runScenario(test, people, seed, cleanup);
    } catch (error) {
      console.error(`hostile-input FAILED with seed ${seed} (replay with HOSTILE_SEED=${seed})`);
      throw error;
    } finally {
      cleanup.forEach((step) => step());
    }
  }, 180_000);

  it("acknowledges as durable the updates that waited for a missing dependency, once it arrives", async () => {
    // The small version of what the big test sees at its end, on a document of its own.
    const name = `exchange/${people.exchange.exchangeId}/student-final`;
    const [chain] = gappedChains(createRandom(seed), 1, 4);
    const { clientId, head, rest } = chain!;
    const fullClock = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(Y.mergeUpdates([head, ...rest]))).get(clientId);
    const observer = await durableObserver(test.wsUrl, name, people.tutor.token);
    const student = openSocket(`${test.wsUrl}/sync/${name}?token=${people.student.token}`, undefined);
    try {
      expect(await student.opened).toBe(true);
      await waitFor(() => observer.state.acks >= 1, 5_000, "the first ack");
      let acks = observer.state.acks;
      rest.forEach((update) => student.ws.send(updateFrame(update)));
      await waitFor(() => observer.state.acks > acks, 5_000, "an ack after the gapped updates");
      // Stored, but not claimed: nothing of the client is durable without its first update.
      expect(observer.state.latest?.get(clientId) ?? 0).toBe(0);
      acks = observer.state.acks;
      student.ws.send(updateFrame(head));
      await waitFor(() => observer.state.acks > acks, 5_000, "an ack after the missing update");
      const stored = await test.server.storage.load(name);
      expect(Y.decodeStateVector(Y.encodeStateVectorFromUpdate(Y.mergeUpdates(stored))).get(clientId), "storage holds the whole chain").toBe(fullClock);
      await waitFor(() => observer.state.latest?.get(clientId) === fullClock, 5_000, `the durable ack to reach ${fullClock}`).catch((error: Error) => {
        throw new Error(`${error.message}: it says ${observer.state.latest?.get(clientId)}, storage has ${fullClock}`);
      });
    } finally {
      student.ws.close();
      observer.close();
    }
  });
});

async function runScenario(test: TestServer, people: Awaited<ReturnType<typeof provisionExchange>>, seed: number, cleanup: (() => void)[]) {
  // Separate streams, each drawn in a fixed order, so a seed replays the same frames.
  const random: Random = createRandom(seed);
  const decide: Random = createRandom(seed ^ 0x9e3779b9);
  const edits: Random = createRandom(seed + 1);
  const name = `exchange/${people.exchange.exchangeId}/student`;
  const syncUrl = `${test.wsUrl}/sync/${name}`;
  const port = Number(new URL(test.url).port);
  const chains: GappedChain[] = gappedChains(random, 16, 24);
  const generator = createFrameGenerator(random, { maxFrameBytes, gapped: chains.flatMap((chain) => chain.rest) });
  const at = `(seed ${seed})`;

  // ---------- honest people: three devices of the student writing, the tutor reading ----------
  const writers = Array.from({ length: honestWriters }, () => stockClient(test.wsUrl, name, people.student.token));
  const reader = stockClient(test.wsUrl, name, people.tutor.token);
  const honest = [...writers, reader];
  const honestCloses: string[] = [];
  honest.forEach((client, index) =>
    client.provider.on("connection-close", (event: CloseEvent | null) => honestCloses.push(`client ${index}: ${event?.code ?? "local"}`)),
  );
  cleanup.push(() => honest.forEach((c) => c.provider.destroy()));
  const observer = await durableObserver(test.wsUrl, name, people.tutor.token);
  cleanup.push(() => observer.close());
  await waitFor(() => honest.every((c) => c.provider.synced), 15_000, "honest clients to sync");

  const written = writers.map(() => 0);
  const editOnce = (index: number) => {
    const { doc } = writers[index]!;
    const n = written[index]!++;
    const token = `h${index}.${n};`;
    doc.transact(() => {
      const text = doc.getText("honest");
      // Insert between two whole tokens so every token stays intact.
      const current = text.toString();
      const boundary = current.indexOf(";", edits.int(current.length + 1));
      text.insert(boundary < 0 ? 0 : boundary + 1, token);
      doc.getArray<string>("honest-log").push([token]);
      if (n % 5 === 0) doc.getMap<number>("honest-map").set(`h${index}.${n}`, n);
    });
  };
  for (let i = 0; i < 10; i++) writers.forEach((_, index) => editOnce(index));

  // ---------- baseline memory ----------
  await waitFor(() => honest.every((c) => c.doc.getText("honest").length === writers[0]!.doc.getText("honest").length), 10_000, "warm-up sync");
  collectGarbage();
  const before = process.memoryUsage();
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();

  // ---------- the attack ----------
  let editing = true;
  cleanup.push(() => (editing = false));
  const editLoop = (async () => {
    while (editing) {
      writers.forEach((_, index) => editOnce(index));
      await new Promise((resolve) => setTimeout(resolve, 80));
    }
  })();

  const tally = createTally();
  let malformedSent = 0;
  let acceptedSent = 0;
  let forgedSent = 0;
  let rawSent = 0;
  let connections = 0;
  let peakRss = before.rss;

  const expectedCodes = (frame: HostileFrame): number[] => (frame.expect === "too-big" ? [1009] : [4400]);

  async function attackOnce(): Promise<void> {
    connections++;
    const roll = decide.next();
    if (roll < 0.03) {
      // Raw framing: the ws client cannot produce these, so upgrade by hand.
      rawSent++;
      const raw = generator.raw();
      const outcome = await rawSocketAttack(port, `/sync/${name}`, people.student.token, raw.bytes).catch((error: Error) => ({ code: null, reason: error.message }));
      tally.record(raw.category, outcome.code ?? "no close frame", outcome.reason);
      if (outcome.code === null || !raw.expectCodes.includes(outcome.code)) {
        tally.fail(`${raw.category}: expected ${raw.expectCodes.join("/")}, got ${outcome.code} "${outcome.reason}" for ${toHex(raw.bytes)}`);
      }
      return;
    }
    if (roll < 0.07) {
      // Not the student: no token, a forged one, or a mangled copy of the real one.
      forgedSent++;
      const forged = forgedToken(decide, people.student.token);
      const frame = generator.malformed();
      const url = forged.token === null ? syncUrl : `${syncUrl}?token=${encodeURIComponent(forged.token)}`;
      const socket = openSocket(url, ["aql.sync.v1"]);
      if (await socket.opened) socket.ws.send(frame.data, () => {});
      const outcome = await withTimeout(socket.closed, closeTimeoutMs);
      const category = `forged token: ${forged.label}`;
      if (outcome === "timeout") {
        socket.ws.terminate();
        tally.record(category, "no close");
        return tally.fail(`${category}: not closed within ${closeTimeoutMs} ms`);
      }
      tally.record(category, outcome.code, outcome.reason);
      if (outcome.code !== 4401) tally.fail(`${category}: expected 4401, got ${outcome.code} "${outcome.reason}"`);
      return;
    }

    // The student's own token: first some valid-but-hostile frames (they must not close the
    // connection: a sync step 1 afterwards must still be answered), then one malformed frame.
    const accepted: HostileFrame[] = [];
    const wantsAccepted = generator.gappedLeft() > 0 ? decide.bool(0.7) : decide.bool(0.1);
    if (wantsAccepted) for (let n = decide.range(1, 4); n > 0; n--) accepted.push(generator.accepted());
    const frame = generator.malformed();
    malformedSent++;
    const useProtocol = decide.bool();
    const socket = useProtocol
      ? openSocket(syncUrl, ["aql.sync.v1", `aql.token.${people.student.token}`])
      : openSocket(`${syncUrl}?token=${people.student.token}`, undefined);
    if (!(await socket.opened)) {
      tally.record(frame.category, `refused ${socket.closeInfo?.code}`);
      return tally.fail(`connection refused before any frame: ${socket.closeInfo?.code} ${socket.error?.message ?? ""}`);
    }
    if (accepted.length > 0) {
      const serverStep1 = await socket.waitMessage(isServerStep1, closeTimeoutMs);
      const stateVector = serverStep1 ? stateVectorOfStep1(serverStep1) : new Uint8Array([0]);
      for (const hostile of accepted) socket.ws.send(hostile.data);
      acceptedSent += accepted.length;
      socket.ws.send(step1Frame(stateVector));
      const answer = await socket.waitMessage(isStep2, closeTimeoutMs);
      for (const hostile of accepted) tally.record(hostile.category, answer ? "stayed open" : `closed ${socket.closeInfo?.code}`);
      if (!answer) {
        socket.ws.terminate();
        return tally.fail(
          `valid frames [${accepted.map((a) => a.category).join(", ")}] were not answered: close ${socket.closeInfo?.code} "${socket.closeInfo?.reason}"; ` +
            accepted.map((a) => toHex(a.data, 48)).join(" | "),
        );
      }
    }
    socket.ws.send(frame.data, () => {});
    const outcome = await withTimeout(socket.closed, closeTimeoutMs);
    if (outcome === "timeout") {
      socket.ws.terminate();
      tally.record(frame.category, "no close");
      return tally.fail(`${frame.category}: not closed within ${closeTimeoutMs} ms: ${toHex(frame.data)}`);
    }
    tally.record(frame.category, outcome.code, outcome.reason);
    const expected = expectedCodes(frame);
    // 4529 would be acceptable (rate limited), though the limits here are meant to avoid it.
    if (!expected.includes(outcome.code) && outcome.code !== 4529) {
      tally.fail(`${frame.category}: expected ${expected.join("/")}, got ${outcome.code} "${outcome.reason}" for ${toHex(frame.data)}`);
    }
  }

  const started = performance.now();
  const memorySampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
  cleanup.push(() => clearInterval(memorySampler));
  await Promise.all(
    Array.from({ length: attackers }, async () => {
      while (malformedSent < malformedTarget) await attackOnce();
    }),
  );
  const attackSeconds = (performance.now() - started) / 1000;
  editing = false;
  await editLoop;
  clearInterval(memorySampler);
  loopDelay.disable();

  // ---------- report ----------
  const sortedCodes = [...tally.codes].sort((a, b) => b[1] - a[1]);
  console.log(
    `hostile-input: ${malformedSent} malformed frames on the student's sockets, ${forgedSent} forged-token sockets, ${rawSent} raw framing attacks, ` +
      `${acceptedSent} valid hostile frames, ${connections} connections in ${attackSeconds.toFixed(1)} s ` +
      `(${Math.round(connections / attackSeconds)} connections/s); honest edits: ${written.join(", ")}`,
  );
  console.log(`hostile-input: close codes\n${sortedCodes.map(([code, n]) => `  ${code.padEnd(14)} ${String(n).padStart(6)}  ${closeCodeNames[Number(code)] ?? ""}`).join("\n")}`);
  console.log(
    `hostile-input: per category\n${[...tally.byCategory]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([category, codes]) => `  ${category.padEnd(42)} ${[...codes].map(([code, n]) => `${code}×${n}`).join(" ")}`)
      .join("\n")}`,
  );
  console.log(
    `hostile-input: most frequent close reasons\n${[...tally.reasons]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([reason, n]) => `  ${String(n).padStart(6)}  ${reason}`)
      .join("\n")}`,
  );
  console.log(`hostile-input: event loop delay during the attack: p50 ${(loopDelay.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)} ms, max ${(loopDelay.max / 1e6).toFixed(1)} ms`);
  if (tally.failureCount > 0) console.log(`hostile-input: ${tally.failureCount} failures ${at}, first ones:\n  ${tally.failures.join("\n  ")}`);

  expect(malformedSent, at).toBeGreaterThanOrEqual(malformedTarget);
  expect(tally.failures, `${tally.failureCount} frames were not handled as documented ${at}`).toEqual([]);
  expect(honestCloses, `honest connections were closed during the attack ${at}`).toEqual([]);
  expect(observer.state.closed, `the durable observer was closed during the attack ${at}`).toBeNull();
  expect(generator.gappedLeft(), at).toBe(0);

  // ---------- only the honest connections are left ----------
  const room = test.server.rooms.get(name);
  expect(room, at).toBeDefined();
  await waitFor(() => room!.peerCount === honest.length + 1, 10_000, `room to be left with ${honest.length + 1} peers (has ${room!.peerCount})`);
  const metrics = await (await fetch(`${test.url}/metrics`, { headers: { Authorization: `Bearer ${metricsToken}` } })).text();
  expect(metrics, at).toMatch(new RegExp(`^aql_connections ${honest.length + 1}$`, "m"));

  // ---------- missing dependencies: stored, not claimed durable, completed later ----------
  await room!.settled();
  const storedBefore = await test.server.storage.load(name);
  const fromStorage = new Y.Doc();
  storedBefore.forEach((update) => Y.applyUpdate(fromStorage, update));
  expect(fromStorage.store.pendingStructs, `gapped updates are in storage ${at}`).not.toBeNull();
  for (const chain of chains) {
    expect(fromStorage.getText(chain.root).toString(), at).toBe("");
    expect(observer.state.latest?.get(chain.clientId) ?? 0, `durable ack claims a gapped client ${at}`).toBe(0);
  }
  chains.forEach((chain) => Y.applyUpdate(fromStorage, chain.head));
  for (const chain of chains) expect(fromStorage.getText(chain.root).toString(), `stored chain ${chain.root} ${at}`).toBe(chain.text);
  for (const client of honest) for (const chain of chains) expect(client.doc.getText(chain.root).toString(), at).toBe("");

  // The missing updates arrive, on a fresh connection.
  const completer = openSocket(`${syncUrl}?token=${people.student.token}`, undefined);
  expect(await completer.opened, `a new connection after the attack ${at}`).toBe(true);
  const completerStep1 = await completer.waitMessage(isServerStep1, closeTimeoutMs);
  expect(completerStep1, at).not.toBeNull();
  chains.forEach((chain) => completer.ws.send(updateFrame(chain.head)));
  completer.ws.send(step1Frame(stateVectorOfStep1(completerStep1!)));
  expect(await completer.waitMessage(isStep2, closeTimeoutMs), at).not.toBeNull();
  completer.ws.close();

  // ---------- convergence ----------
  const latecomer = stockClient(test.wsUrl, name, people.student.token);
  cleanup.push(() => latecomer.provider.destroy());
  const everyone = [...honest, latecomer];
  const allTokens = written.flatMap((count, index) => Array.from({ length: count }, (_, n) => `h${index}.${n}`));
  const complete = (doc: Y.Doc) => {
    if (doc.store.pendingStructs || doc.store.pendingDs) return false;
    if (doc.getArray("honest-log").length !== allTokens.length) return false;
    return chains.every((chain) => doc.getText(chain.root).toString() === chain.text);
  };
  await waitFor(() => everyone.every((c) => c.provider.synced && complete(c.doc)), 30_000, `all clients to converge ${at}`);
  const reference = Y.encodeStateAsUpdateV2(writers[0]!.doc);
  for (const [index, client] of everyone.entries()) {
    const tokens = new Set(client.doc.getText("honest").toString().split(";").filter(Boolean));
    expect(tokens.size, `client ${index}: honest text tokens ${at}`).toBe(allTokens.length);
    for (const token of allTokens) if (!tokens.has(token)) expect.fail(`client ${index} lost ${token} ${at}`);
    expect(new Set(client.doc.getArray<string>("honest-log").toArray()).size, at).toBe(allTokens.length);
    expect(client.doc.getMap("honest-map").size, at).toBe(written.reduce((n, count) => n + Math.ceil(count / 5), 0));
    expect(Buffer.from(Y.encodeStateAsUpdateV2(client.doc)).equals(Buffer.from(reference)), `client ${index} is byte-equal ${at}`).toBe(true);
  }

  // Storage alone reproduces the document.
  await room!.settled();
  const fromDisk = new Y.Doc();
  (await test.server.storage.load(name)).forEach((update) => Y.applyUpdate(fromDisk, update));
  expect(fromDisk.store.pendingStructs, at).toBeNull();
  expect(Buffer.from(Y.encodeStateAsUpdateV2(fromDisk)).equals(Buffer.from(reference)), `storage reproduces the document ${at}`).toBe(true);

  // ---------- still up ----------
  const health = await fetch(`${test.url}/healthz`);
  expect(health.status, at).toBe(200);
  expect(await health.json(), at).toEqual({ ok: true, storage: "writable" });

  // ---------- memory, with the document and its honest clients still loaded, as before ----------
  collectGarbage();
  const after = process.memoryUsage();
  const rssGrowth = after.rss - before.rss;
  const heapGrowth = after.heapUsed - before.heapUsed;
  console.log(
    `hostile-input: memory before rss ${mib(before.rss)} heap ${mib(before.heapUsed)}; peak rss ${mib(peakRss)}; ` +
      `after (GC) rss ${mib(after.rss)} heap ${mib(after.heapUsed)} external ${mib(after.external)}; growth rss ${mib(rssGrowth)} heap ${mib(heapGrowth)}`,
  );
  expect(rssGrowth, `RSS growth ${at}`).toBeLessThan(150 * 1024 * 1024);
  expect(heapGrowth, `heap growth ${at}`).toBeLessThan(64 * 1024 * 1024);

  // ---------- the durable ack covers everything, the once-gapped chains included ----------
  await waitFor(() => covers(observer.state.latest, writers[0]!.doc), 15_000, `durable ack to cover everything ${at}`).catch((error: Error) => {
    const uncovered = [...Y.decodeStateVector(Y.encodeStateVector(writers[0]!.doc))]
      .filter(([client, clock]) => (observer.state.latest?.get(client) ?? 0) < clock)
      .map(([client, clock]) => `${client}${chains.some((c) => c.clientId === client) ? " (gapped chain)" : ""}: acked ${observer.state.latest?.get(client) ?? 0} of ${clock}`);
    throw new Error(`${error.message}; not acknowledged: ${uncovered.join(", ")}`);
  });
}
