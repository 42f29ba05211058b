// Property test: replicas that edit at random and exchange their updates in a hostile order
// (shuffled, duplicated, lost, across disconnects and reconnects) all end with the same bytes,
// and so does a fresh reader that loads the document from the server afterwards.
//
// "The same bytes" is the canonical V2 encoding: Y.encodeStateAsUpdateV2 of the state loaded
// into a fresh Y.Doc. The raw encoding of a long-lived Y.Doc depends on its history (Yjs merges
// adjacent structs only when a transaction touches them, so one replica may hold GC 58+1, 59+1,
// 60+6 where another holds GC 58+8); the baseline below shows that without any server. The
// reader is compared raw: what the server serves, loaded once, must be exactly that encoding.
//
// The server variant speaks the wire protocol over raw sockets to a real in-process server, so
// every update goes through the server's relay, its merged room state (sync step 1 answers),
// storage (SQLite, or memory) and compaction. The in-memory variant is the baseline: the same
// edits exchanged directly between Y.Docs, plus the same Y.mergeUpdates / Y.diffUpdate use the
// server makes, so a failure there is Yjs behaviour and a failure only through the server is ours.
//
// Edits keep to what the server's document schema accepts: exchange documents nest no types; in
// the committee's program, events are maps created whole, with their texts, under new keys.
//
// Every run prints its seed on failure; CONVERGENCE_SEED=<n> replays that one seed (both
// variants), CONVERGENCE_ITERATIONS=<n> runs more seeds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { startTestServer, type TestServer } from "../helpers/in-process-server";
import { provisionExchange } from "../helpers/provision";
import { durableObserver, waitFor } from "../helpers/clients";
import { seededRandom, type SeededRandom } from "../helpers/seeded-random";

const replaySeed = process.env.CONVERGENCE_SEED;
const iterations = Number(process.env.CONVERGENCE_ITERATIONS ?? 0);
const seedsFor = (count: number): number[] => {
  if (replaySeed !== undefined && replaySeed !== "") {
    const seed = Number(replaySeed);
    if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`CONVERGENCE_SEED must be a non-negative integer, got "${replaySeed}"`);
    return [seed];
  }
  return Array.from({ length: iterations > 0 ? iterations : count }, (_, i) => i + 1);
};
const replayHint = (seed: number) => `replay: CONVERGENCE_SEED=${seed} npx vitest run test/integration/convergence-property.test.ts`;

// ---------------------------------------------------------------------------------------------
// Random edits, shared by both variants.

const REMOTE = Symbol("remote");
const mapKeys = ["a", "b", "c", "d", "e", "f"];

/**
 * What the edits may nest, as the server's document schema allows: exchange documents hold no
 * nested types; the committee's program holds one map per event, created whole with its texts
 * under a new key (sync-server/src/protocol/document-schema.ts).
 */
type Shape = "flat" | "program";
const eventTexts = ["title", "place", "notes"];
const eventFields = ["date", "startTime", "createdAt"];
const rootMapOf = (shape: Shape) => (shape === "program" ? "events" : "map");

interface Reachable<T> {
  type: T;
  depth: number;
}

/** Every shared type a replica can currently edit: the three roots and what is nested in them. */
function reachable(doc: Y.Doc, shape: Shape) {
  const maps: Reachable<Y.Map<unknown>>[] = [{ type: doc.getMap(rootMapOf(shape)), depth: 0 }];
  const arrays: Reachable<Y.Array<unknown>>[] = [{ type: doc.getArray("list"), depth: 0 }];
  const texts: Reachable<Y.Text>[] = [{ type: doc.getText("text"), depth: 0 }];
  const visit = (value: unknown, depth: number) => {
    if (value instanceof Y.Map) {
      maps.push({ type: value, depth });
      for (const key of [...value.keys()].sort()) visit(value.get(key), depth + 1);
    } else if (value instanceof Y.Array) {
      arrays.push({ type: value, depth });
      for (const item of value.toArray()) visit(item, depth + 1);
    } else if (value instanceof Y.Text) {
      texts.push({ type: value, depth });
    }
  };
  const [rootMap] = maps;
  const [rootArray] = arrays;
  for (const key of [...rootMap!.type.keys()].sort()) visit(rootMap!.type.get(key), 1);
  for (const item of rootArray!.type.toArray()) visit(item, 1);
  return { maps, arrays, texts };
}

function randomValue(rng: SeededRandom): unknown {
  switch (rng.int(10)) {
    case 0:
      return rng.word();
    case 1:
      return rng.int(1000);
    case 2:
      return null;
    case 3:
      return rng.int(1_000_000) - 500_000;
    case 4:
      return rng.next();
    case 5:
      return rng.chance(0.5);
    case 6:
      return null;
    case 7:
      return { n: rng.int(100), s: rng.word(), list: [rng.int(10), rng.word(3)] };
    case 8:
      return Uint8Array.from({ length: rng.between(1, 8) }, () => rng.int(256));
    default:
      return rng.word(12);
  }
}

function randomTextEdit(rng: SeededRandom, text: Y.Text): void {
  const length = text.length;
  const roll = rng.int(100);
  if (length > 0 && roll < 35) {
    const at = rng.int(length);
    text.delete(at, rng.between(1, Math.min(6, length - at)));
  } else if (length > 0 && roll < 43) {
    const at = rng.int(length);
    text.format(at, rng.between(1, Math.min(5, length - at)), rng.chance(0.5) ? { bold: true } : { bold: null, italic: rng.chance(0.5) || null });
  } else if (roll < 47) {
    text.insertEmbed(rng.int(length + 1), { image: rng.word() });
  } else {
    const attributes = rng.chance(0.1) ? { italic: true } : undefined;
    text.insert(rng.int(length + 1), rng.word(rng.chance(0.1) ? 40 : 6), attributes);
  }
}

/** A program event as the app creates it: a map under a new key, with all its texts at once. */
function newEvent(rng: SeededRandom): Y.Map<unknown> {
  const event = new Y.Map<unknown>();
  event.set("createdAt", rng.int(1_000_000));
  for (const field of eventTexts) event.set(field, new Y.Text(rng.word()));
  return event;
}

function randomMapEdit(rng: SeededRandom, { type: map, depth }: Reachable<Y.Map<unknown>>, shape: Shape): void {
  const keys = [...map.keys()].sort();
  if (shape === "program" && depth === 0) {
    if (keys.length > 0 && rng.chance(0.3)) map.delete(rng.pick(keys));
    else map.set(`event-${rng.word(4)}-${rng.int(1_000_000_000)}`, newEvent(rng));
    return;
  }
  // An event's scalar fields; its texts stay where they were created.
  const settable = shape === "program" ? eventFields : mapKeys;
  const present = keys.filter((key) => settable.includes(key));
  if (present.length > 0 && rng.chance(0.3)) map.delete(rng.pick(present));
  else map.set(rng.pick(settable), randomValue(rng));
}

function randomArrayEdit(rng: SeededRandom, { type: array }: Reachable<Y.Array<unknown>>): void {
  const length = array.length;
  const roll = rng.int(100);
  if (length > 0 && roll < 35) {
    const at = rng.int(length);
    array.delete(at, rng.between(1, Math.min(3, length - at)));
  } else if (roll < 60) {
    array.insert(rng.int(length + 1), [randomValue(rng)]);
  } else {
    array.push(Array.from({ length: rng.between(1, 3) }, () => randomValue(rng)));
  }
}

/** One local transaction of one to five random edits (one Yjs update). */
function randomTransaction(rng: SeededRandom, doc: Y.Doc, shape: Shape): void {
  const edits = rng.chance(0.3) ? rng.between(2, 5) : 1;
  doc.transact(() => {
    for (let i = 0; i < edits; i++) {
      const { maps, arrays, texts } = reachable(doc, shape);
      const roll = rng.int(100);
      if (roll < 35) randomTextEdit(rng, rng.pick(texts).type);
      else if (roll < 70) randomMapEdit(rng, rng.pick(maps), shape);
      else randomArrayEdit(rng, rng.pick(arrays));
    }
  });
}

function uniqueClientIds(rng: SeededRandom, used: Set<number>, count: number): number[] {
  const ids: number[] = [];
  while (ids.length < count) {
    const id = 1 + rng.int(2 ** 31 - 2);
    if (used.has(id)) continue;
    used.add(id);
    ids.push(id);
  }
  return ids;
}

function newDoc(clientId: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  return doc;
}

const bytesOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdateV2(doc));
/** The V2 encoding of the same state loaded into a fresh Y.Doc, i.e. as any replica has it after a reload. */
const canonicalBytesOf = (doc: Y.Doc) => {
  const fresh = new Y.Doc();
  Y.applyUpdateV2(fresh, Y.encodeStateAsUpdateV2(doc));
  const bytes = bytesOf(fresh);
  fresh.destroy();
  return bytes;
};
const hasPending = (doc: Y.Doc) => doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
const svOf = (doc: Y.Doc) => Y.decodeStateVector(Y.encodeStateVector(doc));
const sameVector = (a: Map<number, number>, b: Map<number, number>) => a.size === b.size && [...a].every(([client, clock]) => b.get(client) === clock);
const showVector = (vector: Map<number, number>) => JSON.stringify([...vector].sort((x, y) => x[0] - y[0]));
const contentRoots = ["map", "events", "list", "text"] as const;
/** Content as canonical JSON: map keys sorted (their order follows arrival, not the document). */
const canonical = (value: unknown): unknown => {
  if (value instanceof Uint8Array) return `bytes:${Buffer.from(value).toString("hex")}`;
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
};
const contentOf = (doc: Y.Doc, root: (typeof contentRoots)[number]) =>
  JSON.stringify(canonical(root === "map" || root === "events" ? doc.getMap(root).toJSON() : root === "list" ? doc.getArray("list").toJSON() : doc.getText("text").toDelta()));

/** Why `doc` does not match `reference`, or null when their canonical V2 encodings are byte-equal. */
function difference(doc: Y.Doc, reference: Y.Doc): string | null {
  if (canonicalBytesOf(doc).equals(canonicalBytesOf(reference))) return null;
  const parts = [`state vectors ${showVector(svOf(doc))} vs ${showVector(svOf(reference))}`];
  const differing = contentRoots.filter((root) => contentOf(doc, root) !== contentOf(reference, root));
  parts.push(differing.length === 0 ? "same content (JSON), different encoding" : `different content in ${differing.join(", ")}`);
  if (hasPending(doc) || hasPending(reference)) parts.push(`pending: ${hasPending(doc)} vs ${hasPending(reference)}`);
  return parts.join("; ");
}

// ---------------------------------------------------------------------------------------------
// Baseline: replicas exchanging updates directly, no server.

interface MemoryPeer {
  index: number;
  doc: Y.Doc;
  online: boolean;
  inbox: Uint8Array[];
}

function runInMemory(seed: number): string | null {
  const rng = seededRandom(seed);
  const used = new Set<number>();
  const shape = rng.pick<Shape>(["flat", "program"]);
  const count = rng.between(5, 7);
  const log: Uint8Array[] = [];
  const peers: MemoryPeer[] = [];

  const attach = (peer: MemoryPeer) => {
    peer.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      log.push(update);
      if (!peer.online) return;
      for (const other of peers) {
        if (other === peer || !other.online) continue;
        other.inbox.push(update);
        if (rng.chance(0.1)) other.inbox.push(update);
      }
    });
  };
  for (const [index, id] of uniqueClientIds(rng, used, count).entries()) {
    const peer = { index, doc: newDoc(id), online: true, inbox: [] };
    peers.push(peer);
    attach(peer);
  }
  const syncPair = (a: MemoryPeer, b: MemoryPeer) => {
    // Step 1 / step 2 in both directions, through the (shuffled) inboxes.
    a.inbox.push(Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)));
    b.inbox.push(Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
  };
  const deliver = (peer: MemoryPeer, all: boolean) => {
    rng.shuffle(peer.inbox);
    const taken = peer.inbox.splice(0, all ? peer.inbox.length : rng.between(0, peer.inbox.length));
    for (const update of taken) {
      Y.applyUpdate(peer.doc, update, REMOTE);
      if (!all && rng.chance(0.05)) peer.inbox.push(update);
    }
  };

  const steps = rng.between(150, 250);
  for (let step = 0; step < steps; step++) {
    const peer = rng.pick(peers);
    const roll = rng.int(100);
    if (roll < 40) randomTransaction(rng, peer.doc, shape);
    else if (roll < 75) deliver(peer, false);
    else if (roll < 82 && peer.online) {
      peer.online = false;
      if (rng.chance(0.5)) peer.inbox = []; // lost in flight
    } else if (roll < 92 && !peer.online) {
      peer.online = true;
      const online = rng.shuffle(peers.filter((p) => p !== peer && p.online));
      for (const other of online.slice(0, 2)) syncPair(peer, other);
    } else if (roll < 94 && !peer.online) {
      // The device reloads: a new Y.Doc (new client id) from the stored state.
      const doc = newDoc(uniqueClientIds(rng, used, 1)[0]!);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer.doc), REMOTE);
      peer.doc.destroy();
      peer.doc = doc;
      attach(peer);
    }
  }

  for (const peer of peers) peer.online = true;
  for (let round = 0; round < 4; round++) {
    for (const a of peers) for (const b of peers) if (a.index < b.index) syncPair(a, b);
    for (const peer of rng.shuffle([...peers])) deliver(peer, true);
  }

  const reference = peers[0]!.doc;
  const problems: string[] = [];
  for (const peer of peers) {
    if (hasPending(peer.doc)) problems.push(`replica ${peer.index} still has pending updates`);
    const diff = difference(peer.doc, reference);
    if (diff) problems.push(`replica ${peer.index} differs from replica 0: ${diff}`);
  }

  // What the server does with the same updates: merge them out of order in batches (its room
  // merges lazily, storage compacts snapshot + tail), answer step 1 with Y.diffUpdate.
  const shuffled = rng.shuffle([...log]);
  let merged = Y.mergeUpdates([]);
  while (shuffled.length > 0) merged = Y.mergeUpdates([merged, ...shuffled.splice(0, rng.between(1, 10))]);
  const loaded = new Y.Doc();
  Y.applyUpdate(loaded, Y.diffUpdate(merged, Y.encodeStateVector(new Y.Doc())));
  const loadedDiff = difference(loaded, reference);
  if (loadedDiff) problems.push(`a document loaded from the merged updates differs: ${loadedDiff}`);
  const missing = Y.diffUpdate(merged, Y.encodeStateVector(reference));
  const patched = new Y.Doc();
  Y.applyUpdate(patched, Y.encodeStateAsUpdate(reference));
  Y.applyUpdate(patched, missing);
  const patchedDiff = difference(patched, reference);
  if (patchedDiff) problems.push(`the merged updates' diff against replica 0 changes it: ${patchedDiff}`);

  for (const peer of peers) peer.doc.destroy();
  return problems.length > 0 ? `seed ${seed} (in memory): ${problems.join(" | ")} (${replayHint(seed)})` : null;
}

// ---------------------------------------------------------------------------------------------
// Through the server: raw sockets speaking the sync protocol.

const syncFrame = (step: number, payload: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
};
const step1 = (stateVector: Uint8Array) => syncFrame(0, stateVector);
const step2 = (update: Uint8Array) => syncFrame(1, update);
const updateFrame = (update: Uint8Array) => syncFrame(2, update);

type Mode = "sqlite" | "sqlite, compacting" | "memory, compacting";
const modes: readonly Mode[] = ["sqlite", "sqlite, compacting", "memory, compacting"];

interface WireReplica {
  index: number;
  doc: Y.Doc;
  socket: WebSocket | null;
  /** The server's step 1 arrived on the current socket and was answered. */
  synced: boolean;
  /** Local updates not sent yet. */
  outbox: Uint8Array[];
  /** Updates received (step 2 and relayed updates) not applied yet. */
  inbox: Uint8Array[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function socketFor(wsUrl: string, name: string, token: string): WebSocket {
  return new WebSocket(`${wsUrl}/sync/${name}`, ["aql.sync.v1", `aql.token.${token}`]);
}

/** A fresh Y.Doc filled from the server's answer to an empty sync step 1. */
async function readFromServer(wsUrl: string, name: string, token: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const socket = socketFor(wsUrl, name, token);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("reader got no sync step 2 within 10 s")), 10_000);
      socket.on("open", () => socket.send(step1(Y.encodeStateVector(doc))));
      socket.on("message", (data: Buffer) => {
        const decoder = decoding.createDecoder(new Uint8Array(data));
        if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 1) return;
        Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
        clearTimeout(timer);
        resolve();
      });
      socket.on("close", (code, reason) => reject(new Error(`reader closed: ${code} ${reason.toString()}`)));
      socket.on("error", reject);
    });
  } finally {
    socket.close();
  }
  return doc;
}

async function runThroughServer(seed: number): Promise<string | null> {
  const rng = seededRandom(seed);
  const mode = modes[seed % modes.length]!;
  const serverLog: string[] = [];
  const problems: string[] = [];
  const dataDir = mode === "memory, compacting" ? null : mkdtempSync(join(tmpdir(), "aql-convergence-"));
  const serverOptions = {
    ...(dataDir ? { dataDir } : { sqlite: false }),
    // Small thresholds make storage compact (merge snapshot + tail) many times per run.
    ...(mode === "sqlite" ? {} : { storage: { compactAfterUpdates: rng.between(2, 8) } }),
    log: (message: string) => serverLog.push(message),
  };
  const fail = (message: string) => `seed ${seed} (${mode}): ${message} (${replayHint(seed)})`;
  let test: TestServer = await startTestServer(serverOptions);
  const replicas: WireReplica[] = [];
  try {
    const people = await provisionExchange(test.url, test.setupToken);
    const exchangeId = people.exchange.exchangeId;
    const { name, writer, shape } = rng.pick<{ name: string; writer: typeof people.student; shape: Shape }>([
      { name: `exchange/${exchangeId}/student`, writer: people.student, shape: "flat" },
      { name: `exchange/${exchangeId}/student-final`, writer: people.student, shape: "flat" },
      { name: `exchange/${exchangeId}/tutor`, writer: people.tutor, shape: "flat" },
      { name: `committee/${people.officer.committeeId}/program`, writer: people.contact, shape: "program" },
    ]);
    const used = new Set<number>();

    const attach = (replica: WireReplica) => {
      replica.doc.on("update", (update: Uint8Array, origin: unknown) => {
        if (origin !== REMOTE) replica.outbox.push(update);
      });
    };
    const send = (replica: WireReplica, frame: Uint8Array) => {
      if (replica.socket?.readyState === WebSocket.OPEN) replica.socket.send(frame);
    };
    const connect = (replica: WireReplica) => {
      const socket = socketFor(test.wsUrl, name, writer.token);
      replica.socket = socket;
      replica.synced = false;
      const current = () => replica.socket === socket;
      socket.on("open", () => {
        if (current()) socket.send(step1(Y.encodeStateVector(replica.doc)));
      });
      socket.on("message", (data: Buffer) => {
        if (!current()) return;
        const decoder = decoding.createDecoder(new Uint8Array(data));
        const type = decoding.readVarUint(decoder);
        if (type === 0) {
          const step = decoding.readVarUint(decoder);
          const payload = decoding.readVarUint8Array(decoder).slice();
          if (step === 0) {
            // The server's step 1: answer with everything it lacks, as clients do, at once.
            socket.send(step2(Y.encodeStateAsUpdate(replica.doc, payload)));
            replica.synced = true;
          } else {
            replica.inbox.push(payload);
          }
        } else if (type === 2) {
          problems.push(`replica ${replica.index} was refused a write: ${decoding.readVarString(decoder)}`);
        }
      });
      socket.on("close", (code, reason) => {
        if (!current()) return;
        problems.push(`the server closed replica ${replica.index}: ${code} ${reason.toString()}`);
        replica.socket = null;
      });
      socket.on("error", (error) => {
        if (current()) problems.push(`replica ${replica.index} socket error: ${error.message}`);
      });
    };
    const disconnect = (replica: WireReplica) => {
      const socket = replica.socket;
      if (socket?.readyState !== WebSocket.OPEN) return;
      replica.socket = null;
      replica.synced = false;
      if (rng.chance(0.5)) socket.close();
      else socket.terminate(); // no closing handshake, like a phone losing its network
      if (rng.chance(0.6)) replica.outbox = []; // unsent updates are lost; the resync must repair it
      if (rng.chance(0.5)) replica.inbox = []; // and so are received ones not applied yet
    };
    const flush = (replica: WireReplica, all: boolean) => {
      if (replica.socket?.readyState !== WebSocket.OPEN || replica.outbox.length === 0) return;
      rng.shuffle(replica.outbox);
      const taken = replica.outbox.splice(0, all ? replica.outbox.length : rng.between(1, replica.outbox.length));
      if (taken.length > 1 && rng.chance(0.15)) {
        // Some clients send a backlog as one merged update (with Skip structs for its holes).
        send(replica, updateFrame(Y.mergeUpdates(taken)));
        return;
      }
      for (const update of taken) {
        send(replica, updateFrame(update));
        if (rng.chance(0.1)) send(replica, updateFrame(update));
        if (!all && rng.chance(0.05)) replica.outbox.push(update); // duplicated, later
      }
    };
    const deliver = (replica: WireReplica, all: boolean) => {
      rng.shuffle(replica.inbox);
      const taken = replica.inbox.splice(0, all ? replica.inbox.length : rng.between(0, replica.inbox.length));
      for (const update of taken) {
        Y.applyUpdate(replica.doc, update, REMOTE);
        if (!all && rng.chance(0.05)) replica.inbox.push(update);
      }
    };

    for (const [index, id] of uniqueClientIds(rng, used, rng.between(5, 7)).entries()) {
      const replica: WireReplica = { index, doc: newDoc(id), socket: null, synced: false, outbox: [], inbox: [] };
      replicas.push(replica);
      attach(replica);
      if (rng.chance(0.8)) connect(replica);
    }

    const steps = rng.between(200, 400);
    for (let step = 0; step < steps; step++) {
      const replica = rng.pick(replicas);
      const roll = rng.int(100);
      if (roll < 35) randomTransaction(rng, replica.doc, shape);
      else if (roll < 55) flush(replica, false);
      else if (roll < 73) deliver(replica, false);
      else if (roll < 77) disconnect(replica);
      else if (roll < 85) {
        if (!replica.socket) connect(replica);
      } else if (roll < 87) {
        if (!replica.socket) {
          // The device reloads: a new Y.Doc (new client id) from its stored state.
          const doc = newDoc(uniqueClientIds(rng, used, 1)[0]!);
          Y.applyUpdate(doc, Y.encodeStateAsUpdate(replica.doc), REMOTE);
          replica.doc.destroy();
          replica.doc = doc;
          attach(replica);
        }
      } else if (roll < 89) {
        // A client may ask again at any time; the server answers from its merged state.
        send(replica, step1(Y.encodeStateVector(replica.doc)));
      } else if (roll < 90) {
        // Everyone goes offline at once: the room unloads and is loaded from storage again.
        for (const each of replicas) disconnect(each);
      } else {
        await sleep(rng.int(3));
      }
      await nextTurn();
    }

    // Everyone comes back and stays: flush and apply until nothing moves.
    for (const replica of replicas) if (!replica.socket) connect(replica);
    await waitFor(() => problems.length > 0 || replicas.every((r) => r.synced), 10_000, "every replica to get the server's sync step 1");
    const serverVector = () => test.server.rooms.get(name)?.storedStateVector() ?? new Map<number, number>();
    const settled = () => {
      const reference = canonicalBytesOf(replicas[0]!.doc);
      return replicas.every(
        (r) =>
          r.inbox.length === 0 &&
          r.outbox.length === 0 &&
          !hasPending(r.doc) &&
          canonicalBytesOf(r.doc).equals(reference) &&
          sameVector(svOf(r.doc), serverVector()),
      );
    };
    const deadline = Date.now() + 15_000;
    for (;;) {
      if (problems.length > 0) break;
      for (const replica of replicas) {
        flush(replica, true);
        deliver(replica, true);
      }
      await sleep(5);
      if (replicas.every((r) => r.inbox.length === 0) && settled()) break;
      if (Date.now() > deadline) {
        const reference = replicas[0]!.doc;
        const lines = replicas.map((r) => {
          const diff = difference(r.doc, reference);
          return `replica ${r.index}: sv ${showVector(svOf(r.doc))}${hasPending(r.doc) ? " (pending)" : ""}${diff ? ` differs: ${diff}` : ""}`;
        });
        problems.push(`no convergence within 15 s; server sv ${showVector(serverVector())}; ${lines.join("; ")}`);
        break;
      }
    }
    const refusals = serverLog.filter((line) => /closing connection|storage failed/.test(line));
    if (refusals.length > 0) problems.push(`server log: ${refusals.join("; ")}`);
    if (problems.length > 0) return fail(problems.join(" | "));

    // Disconnect everyone, then load the document into a fresh reader: after a restart on the
    // same data folder (SQLite), or once the room has unloaded and reloads from memory storage.
    const closed = replicas.map((replica) => {
      const socket = replica.socket;
      replica.socket = null;
      if (!socket) return Promise.resolve();
      return new Promise<void>((resolve) => {
        socket.once("close", () => resolve());
        socket.close();
      });
    });
    await Promise.all(closed);
    if (dataDir) {
      await test.close();
      test = await startTestServer(serverOptions);
    } else {
      await waitFor(() => test.server.rooms.get(name) === undefined, 10_000, "the room to unload");
    }
    const reader = await readFromServer(test.wsUrl, name, people.officer.token);
    // Byte-equal: what the server serves, loaded, is exactly the replicas' canonical encoding.
    const readerDiff = bytesOf(reader).equals(canonicalBytesOf(replicas[0]!.doc))
      ? null
      : (difference(reader, replicas[0]!.doc) ?? "same state, but not in its canonical encoding");
    reader.destroy();
    if (readerDiff) return fail(`a fresh reader ${dataDir ? "after a restart" : "after the room reloaded"} differs from the replicas: ${readerDiff}`);
    return null;
  } catch (error) {
    return fail(`threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}${problems.length ? ` | ${problems.join(" | ")}` : ""}`);
  } finally {
    for (const replica of replicas) {
      replica.socket?.terminate();
      replica.doc.destroy();
    }
    await test.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

describe("convergence under random edits, reordering, duplication and disconnects", () => {
  it("baseline: replicas exchanging updates directly (no server) end byte-equal (canonical V2)", () => {
    const failures = seedsFor(100)
      .map((seed) => runInMemory(seed))
      .filter((failure): failure is string => failure !== null);
    expect(failures, failures.join("\n")).toEqual([]);
  }, 180_000);

  it("through the server (raw sockets, SQLite and memory storage): replicas and a fresh reader end byte-equal (canonical V2)", async () => {
    const failures: string[] = [];
    for (const seed of seedsFor(30)) {
      const failure = await runThroughServer(seed);
      if (failure) failures.push(failure);
    }
    expect(failures, failures.join("\n")).toEqual([]);
  }, 180_000);
});

// Every reconnect of a y-protocols client answers the server's step 1 with
// Y.encodeStateAsUpdate(doc, serverVector), which always carries the whole delete set; with any
// new edit in it, it is a write. The size limit must measure the document, not add up this
// traffic, or a long-lived room would end up refusing every write with 4413.
describe("the document size limit under resyncs", () => {
  let test: TestServer;
  let writer: Y.Doc;
  let reader: Y.Doc;
  let limit = 0;
  const outcomes: ("accepted" | number)[] = [];

  /** One connection of a y-protocols client: answer the server's step 1, wait for the durable ack or a close. */
  const reconnectOnce = (name: string, token: string, doc: Y.Doc) =>
    new Promise<"accepted" | number>((resolve, reject) => {
      const socket = new WebSocket(`${test.wsUrl}/sync/${name}`, ["aql.sync.v1", "aql.durable-ack.v1", `aql.token.${token}`]);
      let answered = false;
      const timer = setTimeout(() => reject(new Error("no durable ack within 10 s")), 10_000);
      const done = (outcome: "accepted" | number) => {
        clearTimeout(timer);
        resolve(outcome);
        socket.close();
      };
      socket.on("message", (data: Buffer) => {
        const decoder = decoding.createDecoder(new Uint8Array(data));
        const type = decoding.readVarUint(decoder);
        if (type === 0 && decoding.readVarUint(decoder) === 0 && !answered) {
          answered = true;
          socket.send(step2(Y.encodeStateAsUpdate(doc, decoding.readVarUint8Array(decoder))));
        } else if (type === 100 && answered) {
          done("accepted");
        }
      });
      socket.on("close", (code) => done(code));
      socket.on("error", reject);
    });

  beforeAll(async () => {
    // A text edited a lot: 1,000 characters, every other one deleted again.
    writer = new Y.Doc();
    const text = writer.getText("text");
    text.insert(0, "x".repeat(1000));
    writer.transact(() => {
      for (let i = 998; i >= 0; i -= 2) text.delete(i, 1);
    });
    const deleteSetBytes = Y.encodeStateAsUpdate(writer, Y.encodeStateVector(writer)).length;
    limit = 2 * Y.encodeStateAsUpdate(writer).length;
    test = await startTestServer({ limits: { maxDocumentBytes: limit } });
    const people = await provisionExchange(test.url, test.setupToken);
    const name = `exchange/${people.exchange.exchangeId}/student`;
    // Someone keeps the document open (a reader's tab), so the room stays loaded throughout.
    const keeper = await durableObserver(test.wsUrl, name, people.officer.token);
    const reconnects = Math.ceil((2 * limit) / deleteSetBytes);
    for (let i = 0; i < reconnects; i++) {
      // One small edit made offline each time, so every reconnect carries something new.
      text.insert(text.length, String(i % 10));
      outcomes.push(await reconnectOnce(name, people.student.token, writer));
    }
    keeper.close();
    reader = await readFromServer(test.wsUrl, name, people.officer.token);
  }, 60_000);
  afterAll(async () => {
    await test?.close();
  });

  it("the document itself stays well under the limit, and what was accepted reads back", () => {
    expect(Y.encodeStateAsUpdate(writer).length).toBeLessThan(limit * 0.6);
    expect(outcomes[0]).toBe("accepted");
    const accepted = outcomes.filter((outcome) => outcome === "accepted").length;
    expect(reader.getText("text").length).toBe(500 + accepted);
  });

  it("reconnects that resend the delete set are not refused as too large", () => {
    expect(outcomes.filter((outcome) => outcome !== "accepted")).toEqual([]);
  });
});
