// Hostile input for the sync endpoint, generated from a seeded PRNG so a failing run can be
// replayed: malformed y-websocket frames (random bytes, truncated varints, huge declared lengths,
// lying counts, bad sync steps, unknown types, invalid UTF-8 in awareness JSON, crafted Yjs V1
// updates, V2 updates sent as V1, yjs #687 run-length bombs, oversize and text frames), raw
// WebSocket framing violations, forged tokens, and valid-but-hostile frames (updates whose
// dependencies are missing, odd awareness states, lying state vectors) that must be accepted.
//
// Each generated frame carries what the server must do with it. Random and mutated frames are
// judged by `judgeFrame`, which follows the protocol as documented (envelope, state vector,
// awareness, and the update guard for update payloads) and is used only to throw away the rare
// random frame that happens to be valid, so that no random garbage is stored in the document.
import { randomBytes } from "node:crypto";
import { connect } from "node:net";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { checkUpdateV1 } from "../../sync-server/src/protocol/update-guard";

// ---------- seeded randomness ----------

export interface Random {
  next(): number;
  int(n: number): number;
  range(lo: number, hi: number): number;
  bool(p?: number): boolean;
  pick<T>(items: readonly T[]): T;
  bytes(n: number): Uint8Array;
  shuffle<T>(items: T[]): T[];
}

/** mulberry32: small, fast, and good enough to spread fuzz cases. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const random: Random = {
    next,
    int,
    range: (lo, hi) => lo + int(hi - lo + 1),
    bool: (p = 0.5) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
    bytes(n) {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = int(256);
      return out;
    },
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [items[i], items[j]] = [items[j] as T, items[i] as T];
      }
      return items;
    },
  };
  return random;
}

// ---------- encoding helpers ----------

export function bytesOf(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => {
  const arrays = parts.map((p) => (p instanceof Uint8Array ? p : new Uint8Array(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
};

const varUint = (n: number) => bytesOf((e) => encoding.writeVarUint(e, n));

/** y-websocket sync message: type 0, step, varUint8Array payload. */
export const syncFrame = (step: number, payload: Uint8Array) => concat([0], varUint(step), varUint(payload.length), payload);
export const updateFrame = (update: Uint8Array) => syncFrame(2, update);
export const step1Frame = (stateVector: Uint8Array) => syncFrame(0, stateVector);
export const awarenessFrame = (payload: Uint8Array) => concat([1], varUint(payload.length), payload);

export interface AwarenessEntryBytes {
  clientId: number;
  clock: number;
  /** Raw bytes of the JSON state, so invalid UTF-8 can be written. */
  state: Uint8Array;
}

export const awarenessPayload = (entries: AwarenessEntryBytes[]) =>
  bytesOf((e) => {
    encoding.writeVarUint(e, entries.length);
    for (const entry of entries) {
      encoding.writeVarUint(e, entry.clientId);
      encoding.writeVarUint(e, entry.clock);
      encoding.writeVarUint8Array(e, entry.state);
    }
  });

const utf8 = (text: string) => new TextEncoder().encode(text);

export const toHex = (bytes: Uint8Array | string, max = 96): string => {
  if (typeof bytes === "string") return `text(${JSON.stringify(bytes.slice(0, max))}${bytes.length > max ? "…" : ""})`;
  const shown = Buffer.from(bytes.subarray(0, max)).toString("hex");
  return `${shown}${bytes.length > max ? `… (${bytes.length} bytes)` : ""}`;
};

// ---------- the judge ----------

export type Verdict = "accepted" | "malformed" | "too-big";

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const maxAwarenessStateBytes = 16 * 1024;

class Bad extends Error {}

function readUint(d: decoding.Decoder): number {
  if (d.pos >= d.arr.length) throw new Bad("truncated");
  try {
    return decoding.readVarUint(d);
  } catch {
    throw new Bad("bad varint");
  }
}

function readBytes(d: decoding.Decoder): Uint8Array {
  const length = readUint(d);
  if (length > d.arr.length - d.pos) throw new Bad("length exceeds frame");
  const out = d.arr.subarray(d.pos, d.pos + length);
  d.pos += length;
  return out;
}

function expectEnd(d: decoding.Decoder): void {
  if (d.pos !== d.arr.length) throw new Bad("trailing bytes");
}

function judgeStateVector(bytes: Uint8Array): void {
  const d = decoding.createDecoder(bytes);
  const count = readUint(d);
  if (count * 2 > bytes.length - d.pos) throw new Bad("lying count");
  for (let i = 0; i < count; i++) {
    readUint(d);
    readUint(d);
  }
  expectEnd(d);
}

function judgeAwareness(bytes: Uint8Array): void {
  const d = decoding.createDecoder(bytes);
  const count = readUint(d);
  if (count * 3 > bytes.length) throw new Bad("lying count");
  for (let i = 0; i < count; i++) {
    readUint(d);
    readUint(d);
    const state = readBytes(d);
    if (state.length > maxAwarenessStateBytes) throw new Bad("state too large");
    let text: string;
    try {
      text = fatalUtf8.decode(state);
    } catch {
      throw new Bad("invalid UTF-8");
    }
    if (text === "null") continue;
    try {
      JSON.parse(text);
    } catch {
      throw new Bad("not JSON");
    }
  }
  expectEnd(d);
}

/**
 * What the protocol says the server must do with one binary frame: refuse it as too big (over
 * maxFrameBytes), close the connection as malformed, or accept it (which for a valid non-empty
 * update means store and relay it).
 */
export function judgeFrame(frame: Uint8Array, maxFrameBytes: number): Verdict {
  if (frame.length > maxFrameBytes) return "too-big";
  try {
    const d = decoding.createDecoder(frame);
    const type = readUint(d);
    if (type === 0) {
      const step = readUint(d);
      const payload = readBytes(d);
      expectEnd(d);
      if (step === 0) judgeStateVector(payload);
      else if (step === 1 || step === 2) {
        if (!checkUpdateV1(payload, { maxBytes: maxFrameBytes }).ok) throw new Bad("invalid update");
      } else throw new Bad("unknown step");
    } else if (type === 1) {
      const payload = readBytes(d);
      expectEnd(d);
      judgeAwareness(payload);
    } else if (type === 2) {
      // Auth: clients have nothing to say; the body is ignored.
    } else if (type === 3) {
      expectEnd(d);
    } else throw new Bad("unknown type");
    return "accepted";
  } catch (error) {
    if (error instanceof Bad) return "malformed";
    throw error;
  }
}

// ---------- valid material ----------

/** A few documents with every kind of content, as updates, for mutation and truncation. */
export function validUpdatePool(random: Random, count = 48): Uint8Array[] {
  const pool: Uint8Array[] = [];
  for (let n = 0; n < count; n++) {
    const doc = new Y.Doc();
    doc.clientID = 0x6000_0000 + random.int(0x0fff_ffff);
    const captured: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => captured.push(update));
    const text = doc.getText(`pool-${n % 5}`);
    text.insert(0, "Grüße 🌍 " + "x".repeat(random.int(40)));
    text.format(0, 3, { bold: true });
    text.insertEmbed(2, { image: "a.png" });
    const map = doc.getMap<unknown>("pool-map");
    map.set("num", random.next());
    map.set("obj", { a: [1, "two", null, true, { deep: [1, 2, 3] }] });
    map.set("bin", random.bytes(random.int(20)));
    const nested = new Y.Map<number>();
    map.set("nested", nested);
    nested.set("k", 1);
    const array = doc.getArray<unknown>("pool-array");
    array.push([1, "s", { x: 1 }, random.bytes(3)]);
    const xml = doc.getXmlFragment("pool-xml");
    const element = new Y.XmlElement("p");
    xml.insert(0, [element]);
    element.setAttribute("class", "c");
    element.insert(0, [new Y.XmlText("hi")]);
    text.delete(1, 2);
    array.delete(0, 1);
    pool.push(Y.encodeStateAsUpdate(doc), ...captured);
  }
  return pool;
}

export interface GappedChain {
  clientId: number;
  root: string;
  /** The first update: withheld during the attack, so everything else waits for it. */
  head: Uint8Array;
  /** Later updates, each depending on the one before; the last also deletes a character of the head. */
  rest: Uint8Array[];
  /** The root text once everything is integrated. */
  text: string;
}

/** Chains of updates from attacker-owned clients whose first update is held back. */
export function gappedChains(random: Random, count: number, length: number): GappedChain[] {
  return Array.from({ length: count }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = 0x7000_0000 + i * 4096 + random.int(4096);
    const root = `gap-${i}`;
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    const text = doc.getText(root);
    for (let j = 0; j < length; j++) text.insert(text.length, `g${i}.${j};`);
    // A delete of content the head introduced: peers hold it as a pending delete set until then.
    text.delete(0, 1);
    return { clientId: doc.clientID, root, head: updates[0]!, rest: updates.slice(1), text: text.toString() };
  });
}

// ---------- frame generators ----------

export interface HostileFrame {
  category: string;
  data: Uint8Array | string;
  expect: Verdict;
}

export interface RawFrame {
  category: string;
  /** Bytes written to the TCP socket after the upgrade: WebSocket framing, not protocol messages. */
  bytes: Uint8Array;
  /** Close codes the server may answer with (ws's RFC 6455 codes for framing errors). */
  expectCodes: number[];
}

export interface FrameGeneratorOptions {
  maxFrameBytes: number;
  /** Updates that are valid but depend on something not sent yet: must be accepted and stored. */
  gapped: Uint8Array[];
}

const hugeLengths = [2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 40, Number.MAX_SAFE_INTEGER];

const invalidUtf8Pieces: number[][] = [
  [0xff],
  [0xfe, 0xff],
  [0x80],
  [0xc0, 0xaf], // overlong "/"
  [0xe0, 0x80, 0xaf], // overlong
  [0xed, 0xa0, 0x80], // UTF-16 surrogate
  [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
  [0xf0, 0x9f, 0x98], // truncated emoji
  [0xc3], // truncated 2-byte sequence
  [0xf8, 0x88, 0x80, 0x80, 0x80], // 5-byte form
];

export function createFrameGenerator(random: Random, options: FrameGeneratorOptions) {
  const { maxFrameBytes } = options;
  const pool = validUpdatePool(random);
  const gappedQueue = random.shuffle([...options.gapped]);
  const awarenessClientBase = 0x5000_0000;

  const anyValidUpdate = () => random.pick(pool);
  const randomPayload = (max: number) => random.bytes(random.int(max + 1));

  /** A valid frame of any kind, for truncation and trailing-byte cases. */
  const validFrame = (): Uint8Array =>
    random.pick([
      () => updateFrame(anyValidUpdate()),
      () => syncFrame(1, anyValidUpdate()),
      () => step1Frame(Y.encodeStateVectorFromUpdate(anyValidUpdate())),
      () => awarenessFrame(awarenessPayload([{ clientId: awarenessClientBase + random.int(1e6), clock: random.int(100), state: utf8(JSON.stringify({ cursor: random.int(100) })) }])),
    ])();

  /** A JSON text with one invalid UTF-8 sequence inside a string value. */
  const invalidUtf8Json = (): Uint8Array => {
    const piece = random.pick(invalidUtf8Pieces);
    const before = utf8(`{"user":{"name":"Mallory`);
    const after = utf8(`"},"cursor":${random.int(1000)}}`);
    return concat(before, piece, after);
  };

  const awarenessWith = (state: Uint8Array) => awarenessFrame(awarenessPayload([{ clientId: awarenessClientBase + random.int(1e6), clock: random.int(10), state }]));

  /** Crafted V1 update bytes: [clients][structs client clock][struct...] [delete set]. */
  const craftedUpdate = (): Uint8Array => {
    const client = random.int(2 ** 31);
    return random.pick<() => Uint8Array>([
      // Bad struct info: content refs yjs does not know (11..31), or GC/Skip with flag bits.
      () => concat([1, 1], varUint(client), [0, random.pick([11, 12, 20, 31, 0x40 | 11, 0x40, 0x80, 0x4a, 0x2a, 0xc0 | 13])], random.bytes(random.int(8)), [0]),
      // Huge struct count that the bytes cannot hold.
      () => concat([1], varUint(random.pick(hugeLengths)), varUint(client), [0, 0, 5, 0]),
      // Huge client count.
      () => concat(varUint(random.pick(hugeLengths)), [1], varUint(client), [0, 0, 1, 0]),
      // Struct count within the bytes, but structs missing.
      () => concat([1], varUint(random.range(3, 40)), varUint(client), [0, 0, 1], [0]),
      // Clock out of range.
      () => concat([1, 1], varUint(client), varUint(random.pick([2 ** 33, 2 ** 40, 2 ** 50])), [0, 1, 0]),
      // GC struct of length 0.
      () => concat([1, 1], varUint(client), [0, 0, 0, 0]),
      // Item with parent info other than 0/1.
      () => concat([1, 1], varUint(client), [0, 4], varUint(random.range(2, 200)), [1, 0x61, 1, 0x61, 0]),
      // String content with invalid UTF-8.
      () => {
        const piece = random.pick(invalidUtf8Pieces);
        return concat([1, 1], varUint(client), [0, 0x24, 1, 1, 0x6d, 1, 0x6b], varUint(piece.length + 1), [0x61], piece, [0]);
      },
      // JSON content that is not JSON.
      () => concat([1, 1], varUint(client), [0, 0x25, 1, 1, 0x6d, 1, 0x6b, 1], varUint(5), utf8("{nope"), [0]),
      // Deeply nested Any content.
      () => {
        const depth = random.range(300, 2000);
        const body = new Uint8Array(depth * 2);
        for (let i = 0; i < depth; i++) body.set([117, 1], i * 2);
        return concat([1, 1], varUint(client), [0, 0x28, 1, 1, 0x6d, 1, 0x6b, 1], body, [126, 0]);
      },
      // Deeply nested JSON content.
      () => {
        const depth = random.range(300, 3000);
        const json = utf8("[".repeat(depth) + "]".repeat(depth));
        return concat([1, 1], varUint(client), [0, 0x25, 1, 1, 0x6d, 1, 0x6b, 1], varUint(json.length), json, [0]);
      },
      // Type content with an unknown type ref.
      () => concat([1, 1], varUint(client), [0, 0x27, 1, 1, 0x6d, 1, 0x6b], varUint(random.range(7, 300)), [0]),
      // Delete set with a huge number of clients or ranges.
      () => concat([0], varUint(random.pick(hugeLengths)), [1, 0, 1]),
      () => concat([0, 1], varUint(client), varUint(random.pick(hugeLengths)), [0, 1]),
      // Delete range past the clock limit.
      () => concat([0, 1], varUint(client), [1], varUint(2 ** 52), varUint(2 ** 52)),
      // A valid update with trailing bytes.
      () => concat(anyValidUpdate(), random.bytes(random.range(1, 8))),
      // Empty input, and a lone byte.
      () => new Uint8Array(random.int(2)),
    ])();
  };

  /** V2-encoded updates presented as V1, and yjs #687's run-length bombs. */
  const v2Update = (): Uint8Array => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "v2 " + random.int(1e6));
    if (random.bool()) doc.getMap("m").set("k", { a: random.int(9) });
    return random.pick([() => Y.encodeStateAsUpdateV2(doc), () => Y.convertUpdateFormatV1ToV2(anyValidUpdate()), () => Y.encodeStateAsUpdateV2(new Y.Doc())])();
  };
  const runLengthBomb = (): Uint8Array => {
    // V2 header (feature flag 0) followed by run-length encoded columns whose last value repeats
    // forever once the input ends: a handful of bytes "declares" billions of structs.
    const base = [0, 0, random.range(1, 5), random.range(1, 127)];
    const tail = Array.from({ length: random.range(4, 40) }, () => (random.bool(0.7) ? 0 : random.int(256)));
    return new Uint8Array(random.bool(0.3) ? [0, 0, 1, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] : [...base, ...tail]);
  };

  const malformedKinds: [string, number, () => Uint8Array | string][] = [
    ["random-bytes", 8, () => randomPayload(random.bool(0.7) ? 24 : 1024)],
    ["random-sync-payload", 8, () => syncFrame(random.int(3), randomPayload(random.bool(0.7) ? 24 : 2048))],
    ["random-awareness-payload", 4, () => awarenessFrame(randomPayload(random.bool(0.7) ? 24 : 512))],
    ["mutated-update", 8, () => {
      const bytes = anyValidUpdate().slice();
      for (let flips = random.range(1, 4); flips > 0; flips--) bytes[random.int(bytes.length)] = random.int(256);
      return updateFrame(bytes);
    }],
    ["truncated-frame", 6, () => {
      const frame = validFrame();
      return frame.subarray(0, random.int(frame.length));
    }],
    ["truncated-payload", 4, () => {
      const update = anyValidUpdate();
      return updateFrame(update.subarray(0, random.int(update.length)));
    }],
    ["truncated-varint", 5, () => {
      const prefix = random.pick([[], [0], [0, 2], [0, 0], [1], [0, 0, 3, 1]]);
      const continuation = Array.from({ length: random.range(1, 12) }, () => 0x80 | random.int(128));
      return new Uint8Array([...prefix, ...continuation]);
    }],
    ["varint-overflow", 2, () => concat(random.pick([[], [0], [0, 2], [1]]), new Array(random.range(9, 14)).fill(0xff), [0x7f])],
    ["huge-declared-length", 6, () => {
      const length = random.pick([...hugeLengths, maxFrameBytes, maxFrameBytes + 1]);
      return random.pick([
        () => concat([0, random.int(3)], varUint(length), random.bytes(random.int(64))),
        () => concat([1], varUint(length), random.bytes(random.int(64))),
        () => awarenessFrame(concat([1], varUint(random.int(1e6)), [0], varUint(length), utf8("{}"))),
      ])();
    }],
    ["lying-state-vector", 5, () => {
      const entries = random.int(4);
      const body: number[] = [];
      for (let i = 0; i < entries; i++) body.push(...varUint(random.int(2 ** 31)), ...varUint(random.int(1e6)));
      const sv = random.pick([
        () => concat(varUint(entries + random.range(1, 5)), body),
        () => concat(varUint(random.pick(hugeLengths)), body),
        () => concat(varUint(entries), body, random.bytes(random.range(1, 4))), // trailing
        () => concat(varUint(entries + 1), body, [0x80]), // truncated entry
        () => concat([1], varUint(random.int(2 ** 31)), new Array(10).fill(0xff), [0x7f]), // clock overflow
      ])();
      return step1Frame(sv);
    }],
    ["bad-sync-step", 5, () =>
      random.pick([
        () => syncFrame(random.range(3, 1000), anyValidUpdate()),
        () => syncFrame(random.pick(hugeLengths), new Uint8Array([0, 0])),
        () => new Uint8Array([0]),
        () => new Uint8Array([0, random.int(3)]),
        () => concat(step1Frame(new Uint8Array([0])), random.bytes(random.range(1, 5))),
      ])()],
    ["unknown-message-type", 5, () => concat(varUint(random.pick([4, 5, 9, 42, 99, 100, 101, 127, 128, 255, 256, 2 ** 20, 2 ** 32, 2 ** 50])), random.bytes(random.int(32)))],
    ["trailing-bytes", 3, () => concat(random.pick([() => new Uint8Array([3]), validFrame])(), random.bytes(random.range(1, 16)))],
    ["awareness-invalid-utf8", 6, () => awarenessWith(invalidUtf8Json())],
    ["awareness-invalid-json", 3, () => awarenessWith(utf8(random.pick(["{", "undefined", "NaN", "", "{'a':1}", '{"a":}', "[1,]", "\u0000"])))],
    ["awareness-lying-count", 4, () =>
      random.pick([
        () => awarenessFrame(concat(varUint(random.pick([5, 50, ...hugeLengths])), [1, 0, 2], utf8("{}"))),
        () => awarenessFrame(concat([3], [1, 0, 2], utf8("{}"))), // says 3, holds 1
        () => awarenessWith(utf8(JSON.stringify({ pad: "x".repeat(maxAwarenessStateBytes + random.int(1000)) }))),
        () => awarenessFrame(concat([1], varUint(random.int(1e6)), [0, 10], utf8("{}"))), // state shorter than declared
        () => awarenessFrame(concat([1], varUint(random.int(1e6)))), // entry cut after the client id
      ])()],
    ["crafted-v1-update", 10, () => random.pick([updateFrame, (u: Uint8Array) => syncFrame(1, u)])(craftedUpdate())],
    ["v2-update-as-v1", 4, () => updateFrame(v2Update())],
    ["run-length-bomb", 4, () => random.pick([updateFrame, (u: Uint8Array) => syncFrame(1, u)])(runLengthBomb())],
    ["near-limit-garbage", 1, () => {
      // Just under maxFrameBytes: a big valid update followed by one bad byte.
      const doc = new Y.Doc();
      doc.getText("big").insert(0, "y".repeat(maxFrameBytes - 200 - random.int(500)));
      return updateFrame(concat(Y.encodeStateAsUpdate(doc), [random.range(1, 255)]));
    }],
    ["text-frame", 3, () => random.pick(["hello", JSON.stringify({ type: "sync", step: 1 }), "\u0000\u0001", "ü".repeat(random.int(200)), ""])],
  ];
  const totalWeight = malformedKinds.reduce((n, [, w]) => n + w, 0);

  const oversize = (): HostileFrame => {
    const size = maxFrameBytes + 1 + random.int(maxFrameBytes * 2);
    const data = new Uint8Array(size);
    // A plausible envelope on the front: the size alone must be enough to refuse it.
    data.set(concat([0, 2], varUint(size - 6)));
    return { category: "oversize-frame", data, expect: "too-big" };
  };

  return {
    /** A frame that must close its connection (4400, or 1009 when too big). */
    malformed(): HostileFrame {
      if (random.bool(0.03)) return oversize();
      for (let attempt = 0; ; attempt++) {
        let pickAt = random.next() * totalWeight;
        const kind = malformedKinds.find(([, weight]) => (pickAt -= weight) < 0) ?? malformedKinds[0]!;
        const data = kind[2]();
        if (typeof data === "string") return { category: kind[0], data, expect: "malformed" };
        const verdict = judgeFrame(data, maxFrameBytes);
        // A random frame that happens to be valid (say a lone [3]) is thrown away, not sent.
        if (verdict !== "accepted") return { category: kind[0], data, expect: verdict };
        if (attempt > 1000) throw new Error("could not generate a malformed frame");
      }
    },
    /** A frame that is hostile but valid: the connection must stay open. */
    accepted(): HostileFrame {
      const gapped = gappedQueue.pop();
      if (gapped) return { category: "gapped-update", data: random.bool() ? updateFrame(gapped) : syncFrame(1, gapped), expect: "accepted" };
      // Weighted: repeats of gapped updates and state vectors that ask for the whole document
      // cost the server O(document) each, so they are sent less often than the cheap kinds.
      const frame = random.pick<() => [string, Uint8Array]>([
        () => (random.bool(0.25) ? ["gapped-update-again", updateFrame(random.pick(options.gapped))] : ["query-awareness", new Uint8Array([3])]),
        () => [
          "awareness-odd-state",
          awarenessFrame(
            awarenessPayload(
              Array.from({ length: random.range(1, 3) }, () => ({
                clientId: awarenessClientBase + random.int(1e6),
                clock: random.int(2 ** 31),
                state: utf8(
                  random.pick([
                    () => "null",
                    () => JSON.stringify(random.int(1e9)),
                    () => JSON.stringify("Grüße 🌍 \u202e"),
                    () => JSON.stringify([1, [2, [3, [4]]]]),
                    () => JSON.stringify({ user: { name: "forged", role: "officer" }, cursor: { anchor: random.int(100) } }),
                    () => JSON.stringify({ pad: "p".repeat(random.int(8000)) }),
                    () => "\"\\ud800\"", // a lone surrogate, escaped: valid JSON
                  ])(),
                ),
              })),
            ),
          ),
        ],
        () => ["query-awareness", new Uint8Array([3])],
        () => ["auth-message", concat([2], random.bytes(random.int(16)))],
        () => ["empty-update", random.pick([updateFrame, (u: Uint8Array) => syncFrame(1, u)])(new Uint8Array([0, 0]))],
        () => {
          const entries = random.range(0, 20);
          const sv = bytesOf((e) => {
            encoding.writeVarUint(e, entries);
            for (let i = 0; i < entries; i++) {
              encoding.writeVarUint(e, random.int(2 ** 32));
              encoding.writeVarUint(e, random.pick([0, 1, 2 ** 32, Number.MAX_SAFE_INTEGER]));
            }
          });
          return random.bool(0.3) ? ["step1-odd-state-vector", step1Frame(sv)] : ["auth-message", concat([2], random.bytes(random.int(16)))];
        },
      ])();
      const [category, data] = frame;
      const verdict = judgeFrame(data, maxFrameBytes);
      if (verdict !== "accepted") throw new Error(`generated ${category} is not valid: ${toHex(data)}`);
      return { category, data, expect: "accepted" };
    },
    gappedLeft: () => gappedQueue.length,
    /** Raw WebSocket framing: violations ws must refuse before our code sees a message. */
    raw(): RawFrame {
      const masked = (first: number, payload: Uint8Array, lengthBytes?: number[]) => {
        const mask = random.bytes(4);
        const body = payload.map((b, i) => b ^ (mask[i % 4] as number));
        const length =
          lengthBytes ?? (payload.length < 126 ? [0x80 | payload.length] : payload.length < 65536 ? [0x80 | 126, payload.length >> 8, payload.length & 255] : null);
        if (!length) throw new Error("raw frame too long");
        return concat([first], length, mask, body);
      };
      const closePayload = (code: number, reason: Uint8Array = new Uint8Array()) => concat([code >> 8, code & 255], reason);
      return random.pick<() => RawFrame>([
        () => ({ category: "ws-unmasked-frame", bytes: concat([0x82, 3], [0, 0, 0]), expectCodes: [1002] }),
        () => ({ category: "ws-reserved-opcode", bytes: masked(0x80 | random.pick([3, 4, 5, 6, 7, 11, 12, 13, 14, 15]), random.bytes(4)), expectCodes: [1002] }),
        () => ({ category: "ws-rsv-bits", bytes: masked(0x82 | random.pick([0x40, 0x20, 0x10]), random.bytes(4)), expectCodes: [1002] }),
        () => ({ category: "ws-fragmented-control", bytes: masked(0x09, random.bytes(2)), expectCodes: [1002] }),
        () => ({ category: "ws-orphan-continuation", bytes: masked(0x80, random.bytes(4)), expectCodes: [1002] }),
        () => ({ category: "ws-control-too-long", bytes: masked(0x89, random.bytes(126)), expectCodes: [1002] }),
        () => ({ category: "ws-interleaved-data-frames", bytes: concat(masked(0x02, new Uint8Array([0])), masked(0x82, new Uint8Array([0]))), expectCodes: [1002] }),
        () => ({ category: "ws-huge-declared-length", bytes: concat([0x82, 0x80 | 127], random.pick([[0x80, 0, 0, 0, 0, 0, 0, 1], [0, 0, 0, 1, 0, 0, 0, 0], [0, 0, 0, 0, 0, (maxFrameBytes + 1) >> 16, ((maxFrameBytes + 1) >> 8) & 255, (maxFrameBytes + 1) & 255]]), random.bytes(4)), expectCodes: [1009] }),
        () => ({ category: "ws-text-invalid-utf8", bytes: masked(0x81, concat(utf8("{\"a\":\""), random.pick(invalidUtf8Pieces), utf8("\"}"))), expectCodes: [1007] }),
        () => ({ category: "ws-bad-close-code", bytes: masked(0x88, closePayload(random.pick([0, 999, 1004, 1005, 1006, 1015, 2000, 2999, 5000, 65535]))), expectCodes: [1002] }),
        () => ({ category: "ws-close-one-byte", bytes: masked(0x88, new Uint8Array([3])), expectCodes: [1002] }),
        () => ({ category: "ws-close-invalid-utf8-reason", bytes: masked(0x88, closePayload(1000, new Uint8Array(random.pick(invalidUtf8Pieces)))), expectCodes: [1007] }),
      ])();
    },
  };
}

export function forgedToken(random: Random, realToken: string): { label: string; token: string | null } {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const randomToken = (n: number) => Array.from({ length: n }, () => alphabet[random.int(alphabet.length)]).join("");
  return random.pick<() => { label: string; token: string | null }>([
    () => ({ label: "no token", token: null }),
    () => ({ label: "well-formed unknown token", token: randomToken(22) }),
    () => ({ label: "real token, one character changed", token: realToken.slice(0, 21) + (realToken.endsWith("A") ? "B" : "A") }),
    () => ({ label: "too short", token: randomToken(random.range(1, 21)) }),
    () => ({ label: "too long", token: realToken + randomToken(random.range(1, 2000)) }),
    () => ({ label: "bad characters", token: realToken.slice(0, 20) + random.pick(["%00", "'", " ", "ü", "\n", "/.."]) }),
    () => ({ label: "empty", token: "" }),
  ])();
}

// ---------- a raw socket, for framing the ws client will not produce ----------

export interface RawOutcome {
  /** The close code from the server's close frame, or null if the TCP connection just ended. */
  code: number | null;
  reason: string;
}

/** Upgrades by hand, writes `bytes` once the server has spoken, and reads until its close frame. */
export function rawSocketAttack(port: number, path: string, token: string, bytes: Uint8Array, timeoutMs = 10_000): Promise<RawOutcome> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let buffer = Buffer.alloc(0);
    let upgraded = false;
    let sent = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error("raw socket: no close frame in time"));
    }, timeoutMs);
    const done = (outcome: RawOutcome) => {
      clearTimeout(timer);
      socket.end();
      resolve(outcome);
    };
    socket.on("error", () => {
      /* reported through close */
    });
    socket.on("close", () => done({ code: null, reason: "tcp closed without close frame" }));
    socket.on("connect", () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}\r\nSec-WebSocket-Version: 13\r\n` +
          `Sec-WebSocket-Protocol: aql.sync.v1, aql.token.${token}\r\n\r\n`,
      );
    });
    socket.on("data", (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!upgraded) {
        const end = buffer.indexOf("\r\n\r\n");
        if (end < 0) return;
        const head = buffer.subarray(0, end).toString();
        if (!head.startsWith("HTTP/1.1 101")) {
          clearTimeout(timer);
          socket.destroy();
          return reject(new Error(`raw socket: upgrade refused: ${head.split("\r\n")[0]}`));
        }
        upgraded = true;
        buffer = buffer.subarray(end + 4);
      }
      // Read server frames (unmasked); the first one (sync step 1) says the room is ready.
      for (;;) {
        if (buffer.length < 2) return;
        const opcode = (buffer[0] as number) & 0x0f;
        let length = (buffer[1] as number) & 0x7f;
        let at = 2;
        if (length === 126) {
          if (buffer.length < 4) return;
          length = buffer.readUInt16BE(2);
          at = 4;
        } else if (length === 127) {
          if (buffer.length < 10) return;
          length = Number(buffer.readBigUInt64BE(2));
          at = 10;
        }
        if (buffer.length < at + length) return;
        const payload = buffer.subarray(at, at + length);
        buffer = buffer.subarray(at + length);
        if (opcode === 0x8) return done({ code: payload.length >= 2 ? payload.readUInt16BE(0) : null, reason: payload.subarray(2).toString() });
        if (!sent) {
          sent = true;
          socket.write(bytes);
        }
      }
    });
  });
}
