/**
 * The update guard must accept every update real Y.Docs produce (agreeing
 * with yjs's own decoder on what is inside), and reject malformed or crafted
 * input quickly and without throwing.
 */
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { checkUpdateV1, defaultUpdateLimits, type UpdateVerdict } from "./update-guard";

// ---------- helpers ----------

/**
 * The guard is judged here on what it accepts and why it refuses, not on speed: on a loaded machine
 * a walk can outlast the 50 ms production deadline, which has a test of its own (a 0 ms budget).
 */
function check(update: Uint8Array, limits: Parameters<typeof checkUpdateV1>[1] = {}): UpdateVerdict {
  return checkUpdateV1(update, { deadlineMs: 60_000, ...limits });
}

function expectAccepted(update: Uint8Array): Extract<UpdateVerdict, { ok: true }> {
  const verdict = check(update);
  if (!verdict.ok) throw new Error(`rejected a valid update: ${verdict.reason}`);
  return verdict;
}

/** Accepted, and in agreement with Y.decodeUpdate / Y.parseUpdateMeta. */
function expectAgreesWithYjs(update: Uint8Array): void {
  const verdict = expectAccepted(update);
  const decoded = Y.decodeUpdate(update);
  expect(verdict.structs).toBe(decoded.structs.length);
  expect(verdict.hasSkip).toBe(decoded.structs.some((struct) => struct instanceof Y.Skip));
  expect(verdict.isEmpty).toBe(decoded.structs.length === 0 && decoded.ds.clients.size === 0);
  const meta = Y.parseUpdateMeta(update);
  const expected = new Map([...meta.from].map(([client, from]) => [client, { from, to: meta.to.get(client) }]));
  expect(verdict.clients).toEqual(expected);
  const deletes = new Map([...decoded.ds.clients].map(([client, items]) => [client, items.map(({ clock, len }) => ({ clock, len }))]));
  expect(verdict.deletes).toEqual(deletes);
  expect(verdict.ranges).toEqual(structRanges(decoded.structs));
  expect(verdict.types).toEqual(typeItems(decoded.structs));
}

/** Per client, the clock ranges of its structs other than Skips, adjacent ones joined. */
function structRanges(structs: (Y.Item | Y.GC | Y.Skip)[]): Map<number, { clock: number; len: number }[]> {
  const ranges = new Map<number, { clock: number; len: number }[]>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    const list = ranges.get(struct.id.client) ?? [];
    ranges.set(struct.id.client, list);
    const last = list.at(-1);
    if (last && last.clock + last.len === struct.id.clock) last.len += struct.length;
    else list.push({ clock: struct.id.clock, len: struct.length });
  }
  return ranges;
}

/** The items that create a nested type or a subdocument, as yjs decodes them. */
function typeItems(structs: (Y.Item | Y.GC | Y.Skip)[]) {
  return structs.flatMap((struct) => {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType || struct.content instanceof Y.ContentDoc)) return [];
    const parent = struct.parent as unknown;
    const hasOrigin = struct.origin !== null || struct.rightOrigin !== null;
    return [
      {
        client: struct.id.client,
        clock: struct.id.clock,
        typeRef: struct.content instanceof Y.ContentType ? typeRefOf(struct.content.type) : "doc",
        parent: hasOrigin ? null : typeof parent === "string" ? { root: parent } : { client: (parent as Y.ID).client, clock: (parent as Y.ID).clock },
        key: hasOrigin ? null : struct.parentSub,
        hasOrigin,
        start: expect.any(Number),
        end: expect.any(Number),
      },
    ];
  });
}

function typeRefOf(type: Y.AbstractType<unknown>): number {
  if (type instanceof Y.XmlElement) return 3;
  if (type instanceof Y.XmlHook) return 5;
  if (type instanceof Y.XmlText) return 6;
  if (type instanceof Y.XmlFragment) return 4;
  if (type instanceof Y.Array) return 0;
  if (type instanceof Y.Map) return 1;
  return 2;
}

/** A chain of `depth` Y.Maps in one update, each nested in the one before. */
function nestedMaps(depth: number): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    let parent = doc.getMap<unknown>("root");
    for (let i = 0; i < depth; i++) {
      const child = new Y.Map<unknown>();
      parent.set("k", child);
      parent = child;
    }
  });
  return Y.encodeStateAsUpdate(doc);
}

function expectRejected(update: Uint8Array, reason?: string | RegExp, limits?: Parameters<typeof checkUpdateV1>[1]): void {
  const verdict = check(update, limits);
  expect(verdict.ok).toBe(false);
  if (verdict.ok) return;
  expect(verdict.reason.length).toBeGreaterThan(0);
  if (typeof reason === "string") expect(verdict.reason).toBe(reason);
  else if (reason) expect(verdict.reason).toMatch(reason);
}

const STRUCT_KINDS: [string, (struct: Y.Item | Y.GC | Y.Skip) => boolean][] = [
  ["GC", (s) => s instanceof Y.GC],
  ["Skip", (s) => s instanceof Y.Skip],
  ...(
    [
      ["Deleted", Y.ContentDeleted],
      ["JSON", Y.ContentJSON],
      ["Binary", Y.ContentBinary],
      ["String", Y.ContentString],
      ["Embed", Y.ContentEmbed],
      ["Format", Y.ContentFormat],
      ["Type", Y.ContentType],
      ["Any", Y.ContentAny],
      ["Doc", Y.ContentDoc],
    ] as const
  ).map(([name, cls]): [string, (s: Y.Item | Y.GC | Y.Skip) => boolean] => [name, (s) => s instanceof Y.Item && s.content instanceof cls]),
];

function structKinds(update: Uint8Array): Set<string> {
  const kinds = new Set<string>();
  for (const struct of Y.decodeUpdate(update).structs) {
    for (const [name, test] of STRUCT_KINDS) if (test(struct)) kinds.add(name);
  }
  return kinds;
}

function craft(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

const PARENT_SUB = 0x20;

/** One item, client 7 clock 0, stored under key "k" of root map "m", with the given content ref and content bytes. */
function rootMapItem(contentRef: number, writeContent: (e: encoding.Encoder) => void, clock = 0): Uint8Array {
  return craft((e) => {
    encoding.writeVarUint(e, 1); // clients
    encoding.writeVarUint(e, 1); // structs
    encoding.writeVarUint(e, 7); // client
    encoding.writeVarUint(e, clock);
    encoding.writeUint8(e, contentRef | PARENT_SUB);
    encoding.writeVarUint(e, 1); // parent is a root type name
    encoding.writeVarString(e, "m");
    encoding.writeVarString(e, "k");
    writeContent(e);
    encoding.writeVarUint(e, 0); // empty delete set
  });
}

function writeSubdoc(e: encoding.Encoder, options: Parameters<typeof encoding.writeAny>[1]): void {
  encoding.writeVarString(e, "guid");
  encoding.writeAny(e, options);
}

/** Client 7: one GC struct at `clock` with `length`, then the given delete set bytes. */
function gcStruct(clock: number, length: number, writeDeleteSet = (e: encoding.Encoder) => encoding.writeVarUint(e, 0)): Uint8Array {
  return craft((e) => {
    for (const n of [1, 1, 7, clock, 0, length]) encoding.writeVarUint(e, n);
    writeDeleteSet(e);
  });
}

/** Deterministic PRNG (mulberry32) so a failing fuzz case can be reproduced. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function captureUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  return updates;
}

// ---------- fixtures from real documents ----------

const fixtures: Record<string, () => Uint8Array[]> = {
  "Y.Text with formatting attributes and embeds": () => {
    const doc = new Y.Doc();
    const text = doc.getText("t");
    text.insert(0, "Hello wörld 👋 ", { bold: true });
    text.insertEmbed(6, { image: "x.png", size: [1, 2] }, { alt: "pic" });
    text.format(0, 3, { italic: true, color: "#f00" });
    text.format(1, 1, { italic: null });
    text.insert(2, "zz");
    return [Y.encodeStateAsUpdate(doc)];
  },
  "Y.Map with JSON/any values, nested objects and binary": () => {
    const doc = new Y.Doc();
    const map = doc.getMap("m");
    map.set("int", 42);
    map.set("float", 1.5);
    map.set("double", 0.1);
    map.set("large", 2 ** 40);
    map.set("negative", -7);
    map.set("bigint", 12345678901234567n);
    map.set("string", "ünïcødé");
    map.set("flags", [true, false, null, undefined]);
    map.set("nested", { a: { b: [1, "two", { c: null, d: new Uint8Array([9, 8]) }] }, empty: {} });
    map.set("binary", new Uint8Array([1, 2, 3, 255]));
    map.set("int", 43); // overwrite: the old value is deleted
    return [Y.encodeStateAsUpdate(doc)];
  },
  "Y.Array with nested Y.Map / Y.Array / Y.Text": () => {
    const doc = new Y.Doc();
    const array = doc.getArray<unknown>("a");
    array.push([1, 2, 3]);
    array.insert(1, ["x"]);
    const innerMap = new Y.Map<unknown>();
    const innerArray = new Y.Array<unknown>();
    array.push([innerMap, innerArray, new Y.Text("prelim")]);
    innerMap.set("deep", new Y.Array());
    innerArray.push([{ k: "v" }, new Y.Map()]);
    return [Y.encodeStateAsUpdate(doc)];
  },
  "Y.XmlFragment / XmlElement / XmlText / XmlHook": () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment("x");
    const paragraph = new Y.XmlElement("p");
    fragment.insert(0, [paragraph]);
    paragraph.setAttribute("class", "lead");
    const text = new Y.XmlText();
    paragraph.insert(0, [text, new Y.XmlElement("br")]);
    text.insert(0, "hi there", { bold: true });
    // yjs's typings leave XmlHook out of the fragment's child types, but it supports them.
    fragment.push([new Y.XmlHook("custom-hook") as unknown as Y.XmlElement]);
    return [Y.encodeStateAsUpdate(doc)];
  },
  "subdocuments in a map": () => {
    const doc = new Y.Doc();
    const map = doc.getMap("docs");
    map.set("plain", new Y.Doc());
    map.set("meta", new Y.Doc({ meta: { title: "a", n: [1] }, autoLoad: true }));
    map.set("nogc", new Y.Doc({ gc: false }));
    return [Y.encodeStateAsUpdate(doc)];
  },
  "deletions and GC structs (gc on)": () => {
    const doc = new Y.Doc();
    const array = doc.getArray<unknown>("a");
    const inner = new Y.Map<unknown>();
    array.push([inner, "keep"]);
    inner.set("x", 1);
    inner.set("y", new Y.Text("gone"));
    const text = doc.getText("t");
    text.insert(0, "abcdef");
    text.delete(1, 3);
    array.delete(0, 1);
    return [Y.encodeStateAsUpdate(doc)];
  },
  "updates with missing dependencies": () => {
    const doc = new Y.Doc();
    const updates = captureUpdates(doc);
    const text = doc.getText("t");
    text.insert(0, "a");
    text.insert(1, "b");
    text.insert(0, "c");
    text.delete(1, 1);
    return updates.slice(1);
  },
  "Y.mergeUpdates output with Skip structs": () => {
    const doc = new Y.Doc();
    const updates = captureUpdates(doc);
    const array = doc.getArray<number>("a");
    array.push([1]);
    array.push([2]);
    array.push([3]);
    const other = new Y.Doc();
    other.getMap("m").set("k", "v");
    return [Y.mergeUpdates([updates[0]!, updates[2]!]), Y.mergeUpdates([...updates, Y.encodeStateAsUpdate(other)])];
  },
  "legacy ContentJSON (written by old yjs versions)": () => [
    rootMapItem(2, (e) => {
      encoding.writeVarUint(e, 3);
      for (const json of ['{"a":[1,{"b":"\\"}"}]}', "undefined", "null"]) encoding.writeVarString(e, json);
    }),
  ],
  "empty documents (a reader's sync step 2)": () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "x");
    return [Y.encodeStateAsUpdate(new Y.Doc()), Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc))];
  },
};

function richUpdate(): Uint8Array {
  return Y.mergeUpdates(Object.values(fixtures).flatMap((make) => make()));
}

// ---------- tests ----------

describe("checkUpdateV1 accepts real updates", () => {
  for (const [name, make] of Object.entries(fixtures)) {
    it(name, () => {
      for (const update of make()) expectAgreesWithYjs(update);
    });
  }

  it("the fixtures cover every struct and content kind", () => {
    const kinds = new Set(Object.values(fixtures).flatMap((make) => make().flatMap((u) => [...structKinds(u)])));
    expect([...kinds].sort()).toEqual(STRUCT_KINDS.map(([name]) => name).sort());
  });

  it("reads legacy JSON content the way yjs applies it", () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, fixtures["legacy ContentJSON (written by old yjs versions)"]!()[0]!);
    expect(doc.getMap("m").get("k")).toBe(null); // the last of the three values wins the key
  });

  it("reports empty updates as empty and others not", () => {
    const [fresh, noChanges] = fixtures["empty documents (a reader's sync step 2)"]!();
    expect(expectAccepted(fresh!).isEmpty).toBe(true);
    expect(expectAccepted(noChanges!)).toMatchObject({ isEmpty: true, structs: 0, clients: new Map() });
    const deletesOnly = fixtures["deletions and GC structs (gc on)"]!()[0]!;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, deletesOnly);
    expect(expectAccepted(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc))).isEmpty).toBe(false);
  });

  it("accepts a clock range ending exactly at maxClock", () => {
    expectAgreesWithYjs(gcStruct(2 ** 32 - 1, 1));
    expectAgreesWithYjs(gcStruct(0, 1, (e) => [1, 7, 1, 2 ** 32 - 1, 1].forEach((n) => encoding.writeVarUint(e, n))));
  });

  it("accepts types nested up to the limit, and reports them with their parents", () => {
    const verdict = expectAccepted(nestedMaps(20));
    expect(verdict.types).toHaveLength(20);
    expect(verdict.types[0]).toMatchObject({ typeRef: 1, parent: { root: "root" }, key: "k", hasOrigin: false });
    expect(verdict.types[1]!.parent).toEqual({ client: verdict.types[0]!.client, clock: verdict.types[0]!.clock });
    expectAgreesWithYjs(nestedMaps(20));
  });

  it("accepts values nested up to the limit", () => {
    const update = rootMapItem(8, (e) => {
      encoding.writeVarUint(e, 1);
      for (let i = 0; i < 200; i++) encoding.writeUint8Array(e, new Uint8Array([117, 1])); // array of one element
      encoding.writeUint8(e, 126);
    });
    expectAgreesWithYjs(update);
  });

  it("walks a 1 MiB update, and prints how long against the default deadline", () => {
    const doc = new Y.Doc();
    const entries = doc.getMap<unknown>("entries");
    const text = doc.getText("notes");
    const random = prng(42);
    for (let batch = 0; Y.encodeStateAsUpdate(doc).byteLength < 1024 * 1024 - 20_000; batch++) {
      doc.transact(() => {
        for (let i = 0; i < 200; i++) {
          entries.set(`e${batch}-${i}`, { when: 1_700_000_000_000 + i, what: "Venous cannulation", ok: random() < 0.5 });
          text.insert(Math.floor(random() * text.length), "note ");
        }
      });
    }
    const update = Y.encodeStateAsUpdate(doc);
    expect(update.byteLength).toBeLessThanOrEqual(defaultUpdateLimits.maxBytes);
    // Timings are measured, not asserted: on a loaded machine a walk can take longer than the
    // default deadline, and what is checked here is that the walk accepts the update.
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const verdict = checkUpdateV1(update, { deadlineMs: 60_000 });
      runs.push(performance.now() - start);
      expect(verdict.ok).toBe(true);
    }
    const decodeStart = performance.now();
    const decoded = Y.decodeUpdate(update);
    const decodeMs = performance.now() - decodeStart;
    expectAgreesWithYjs(update);
    const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(
      `update-guard: ${update.byteLength} bytes, ${decoded.structs.length} structs: walk ${runs.map(fmt).join(", ")} (default deadline ${defaultUpdateLimits.deadlineMs} ms); Y.decodeUpdate ${fmt(decodeMs)}`,
    );
  });
});

describe("checkUpdateV1 rejects malformed updates", () => {
  it("rejects empty input and single bytes", () => {
    expectRejected(new Uint8Array(), /^truncated/);
    for (let b = 0; b < 256; b++) expectRejected(new Uint8Array([b]));
  });

  it("rejects every truncation of a valid update", () => {
    const update = richUpdate();
    expectAccepted(update);
    for (let length = 0; length < update.byteLength; length++) expectRejected(update.subarray(0, length));
  });

  it("rejects trailing bytes", () => {
    const update = richUpdate();
    const padded = new Uint8Array(update.byteLength + 1);
    padded.set(update);
    expectRejected(padded, "trailing bytes");
  });

  it("rejects oversized input before reading it", () => {
    const update = richUpdate();
    expectAccepted(update);
    expectRejected(update, "update too large", { maxBytes: update.byteLength - 1 });
    expect(check(update, { maxBytes: update.byteLength }).ok).toBe(true);
  });

  it("rejects huge declared counts in a few bytes", () => {
    const huge = 2 ** 40;
    expectRejected(craft((e) => [huge, 0].forEach((n) => encoding.writeVarUint(e, n))), "client count exceeds input size");
    expectRejected(craft((e) => [1, huge, 7, 0, 0, 1, 0].forEach((n) => encoding.writeVarUint(e, n))), "struct count exceeds input size");
    expectRejected(craft((e) => [0, huge, 1, 2].forEach((n) => encoding.writeVarUint(e, n))), "delete set client count exceeds input size");
    expectRejected(craft((e) => [0, 1, 7, huge, 0, 1].forEach((n) => encoding.writeVarUint(e, n))), "delete range count exceeds input size");
    expectRejected(rootMapItem(8, (e) => encoding.writeVarUint(e, huge)), "value count exceeds input size");
    expectRejected(rootMapItem(3, (e) => encoding.writeVarUint(e, huge)), /^truncated/);
    expectRejected(rootMapItem(8, (e) => [1, 118, huge].forEach((n) => encoding.writeVarUint(e, n))), "object entry count exceeds input size");
    expectRejected(craft((e) => [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f, 0].forEach((b) => encoding.writeUint8(e, b))), "integer out of range");
  });

  it("rejects types nested more deeply than any document has (a chain of 12,000 maps overflows every peer's stack)", () => {
    expectRejected(nestedMaps(12_000), "types nested too deeply");
    expectRejected(nestedMaps(33), "types nested too deeply");
    expectRejected(nestedMaps(5), "types nested too deeply", { maxTypeDepth: 4 });
    expectRejected(nestedMaps(5), "too many nested types", { maxTypes: 4 });
  });

  it("enforces the struct and delete-range limits", () => {
    const update = fixtures["deletions and GC structs (gc on)"]!()[0]!;
    const { structs } = expectAccepted(update);
    expectRejected(update, "too many structs", { maxStructs: structs - 1 });
    expect(check(update, { maxStructs: structs }).ok).toBe(true);
    const ranges = Y.decodeUpdate(update).ds.clients;
    const total = [...ranges.values()].reduce((sum, items) => sum + items.length, 0);
    expectRejected(update, "too many delete ranges", { maxDeleteRanges: total - 1 });
  });

  it("rejects clocks beyond maxClock", () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "hello");
    expectRejected(Y.encodeStateAsUpdate(doc), "clock out of range", { maxClock: 4 });
    expectRejected(gcStruct(2 ** 32 - 1, 2), "clock out of range");
    expectRejected(gcStruct(2 ** 32 + 1, 1), "clock out of range");
    expectRejected(gcStruct(0, 1, (e) => [1, 7, 1, 2 ** 32, 1].forEach((n) => encoding.writeVarUint(e, n))), "clock out of range");
  });

  it("rejects content yjs itself would fail on, for reasons it would not explain", () => {
    const cases: [string, Uint8Array][] = [
      ["unknown content type", rootMapItem(11, () => {})],
      ["unknown type", rootMapItem(7, (e) => encoding.writeVarUint(e, 7))],
      ["invalid JSON content", rootMapItem(5, (e) => encoding.writeVarString(e, "{nope"))],
      ["invalid subdocument options", rootMapItem(9, (e) => writeSubdoc(e, null))],
      ["invalid UTF-8 string", rootMapItem(4, (e) => encoding.writeVarUint8Array(e, new Uint8Array([0xff, 0xfe])))],
      ["invalid value tag", rootMapItem(8, (e) => encoding.writeUint8Array(e, new Uint8Array([1, 42])))],
    ];
    for (const [reason, update] of cases) {
      expectRejected(update, reason);
      expect(() => Y.decodeUpdate(update)).toThrow();
    }
  });

  it("rejects structures yjs never writes and peers could choke on", () => {
    expectRejected(gcStruct(0, 0), "empty struct");
    expectRejected(rootMapItem(4, (e) => encoding.writeVarString(e, "")), "empty struct");
    expectRejected(craft((e) => [1, 1, 7, 0, 0x4a, 1, 0].forEach((n) => encoding.writeUint8(e, n))), "invalid struct info");
    expectRejected(craft((e) => [1, 1, 7, 0, 4, 2, 1, 0x61, 1, 0x61, 0].forEach((n) => encoding.writeUint8(e, n))), "invalid parent info");
    const gcFilter = rootMapItem(9, (e) => writeSubdoc(e, { gcFilter: 1 }));
    expectRejected(gcFilter, "invalid subdocument options");
    const deepValue = rootMapItem(8, (e) => {
      encoding.writeVarUint(e, 1);
      for (let i = 0; i < 300; i++) encoding.writeUint8Array(e, new Uint8Array([117, 1]));
      encoding.writeUint8(e, 126);
    });
    expectRejected(deepValue, "value nested too deeply");
    expectRejected(rootMapItem(5, (e) => encoding.writeVarString(e, "[".repeat(300) + "]".repeat(300))), "JSON nested too deeply");
  });

  it("rejects bad arguments instead of throwing", () => {
    expectRejected(null as unknown as Uint8Array, "not a byte array");
    expectRejected(richUpdate(), "invalid limits", { maxStructs: Number.NaN });
    expectRejected(richUpdate(), "invalid limits", { deadlineMs: -1 });
  });

  it("does not accept V2-encoded updates as V1, and does not hang on them", () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "hello");
    doc.getMap("m").set("k", { a: 1 });
    doc.getText("t").delete(1, 2);
    const v2Updates = [Y.encodeStateAsUpdateV2(doc), Y.encodeStateAsUpdateV2(new Y.Doc()), Y.convertUpdateFormatV1ToV2(richUpdate())];
    // yjs #687: V2 run-length decoders repeat their last value past the end of input.
    v2Updates.push(new Uint8Array([0, 0, 1, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    // A hang would run into the test's timeout; the guard's own deadline is tested below.
    for (const update of v2Updates) expect(check(update).ok).toBe(false);
  });

  it("gives 'deadline exceeded' for a 0 ms budget on a large valid update", () => {
    const doc = new Y.Doc();
    const map = doc.getMap<number>("m");
    doc.transact(() => {
      for (let i = 0; i < 5000; i++) map.set(`k${i}`, i);
    });
    const update = Y.encodeStateAsUpdate(doc);
    expectAccepted(update);
    expectRejected(update, "deadline exceeded", { deadlineMs: 0 });
  });
});

describe("checkUpdateV1 on fuzzed input", () => {
  /**
   * Accepted input must really be decodable and mergeable by yjs; nothing may throw. Time is not
   * asserted here (the machine's load would decide it): a hang runs into the test's timeout, and
   * the guard's deadline has its own test.
   */
  function checkFuzzCase(update: Uint8Array): boolean {
    const verdict = check(update);
    if (verdict.ok) {
      expect(() => Y.decodeUpdate(update)).not.toThrow();
      expect(() => Y.mergeUpdates([update, Y.encodeStateAsUpdate(new Y.Doc())])).not.toThrow();
    }
    return verdict.ok;
  }

  it("1,000 random buffers are rejected, or accepted only if yjs decodes them", () => {
    const random = prng(0x5eed);
    let accepted = 0;
    for (let i = 0; i < 1000; i++) {
      const bytes = new Uint8Array(Math.floor(random() * (i < 500 ? 16 : 4096)));
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(random() * 256);
      if (checkFuzzCase(bytes)) accepted++;
    }
    console.log(`update-guard: ${accepted} of 1000 random buffers accepted`);
  });

  it("judges UTF-8 exactly like yjs's decoder, and measures strings like Y.Text does", () => {
    const random = prng(8);
    const ascii = () => [Math.floor(random() * 0x80)];
    // Any code point; lone surrogates become U+FFFD.
    const codePoint = () => [...new TextEncoder().encode(String.fromCodePoint(Math.floor(random() * 0x110000)))];
    const pieces = [
      ...[ascii, codePoint, ascii, codePoint, ascii, codePoint, ascii, codePoint],
      () => [0x80 + Math.floor(random() * 0x80)], // stray continuation or lead byte
      () => [0xef, 0xbb, 0xbf], // BOM: kept as a character
      () => [0xc0, 0xaf], // overlong
      () => [0xe0, 0x9f, 0xbf], // overlong
      () => [0xed, 0xa0, 0x80], // surrogate
      () => [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
      () => [0xf0, 0x9f, 0x98], // truncated emoji
    ];
    let valid = 0;
    for (let i = 0; i < 5000; i++) {
      const bytes: number[] = [0x61]; // never empty: empty structs are rejected for their own reason
      for (let n = Math.floor(random() * 6); n >= 0; n--) bytes.push(...pieces[Math.floor(random() * pieces.length)]!());
      const update = rootMapItem(4, (e) => encoding.writeVarUint8Array(e, new Uint8Array(bytes)));
      const verdict = check(update);
      let decoded: Y.Item | undefined;
      try {
        decoded = Y.decodeUpdate(update).structs[0] as Y.Item;
      } catch {
        decoded = undefined;
      }
      expect(verdict.ok, `bytes ${bytes.map((b) => b.toString(16)).join(" ")}`).toBe(decoded !== undefined);
      if (verdict.ok && decoded) {
        valid++;
        expect(verdict.clients.get(7)).toEqual({ from: 0, to: decoded.length });
      }
    }
    expect(valid).toBeGreaterThan(500);
    expect(valid).toBeLessThan(4500);
  });

  it("1,000 mutations of a valid update are rejected, or accepted only if yjs decodes them", () => {
    const random = prng(7);
    const original = richUpdate();
    let accepted = 0;
    for (let i = 0; i < 1000; i++) {
      const bytes = original.slice();
      for (let flips = 1 + Math.floor(random() * 3); flips > 0; flips--) {
        bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      }
      if (checkFuzzCase(bytes)) accepted++;
    }
    console.log(`update-guard: ${accepted} of 1000 mutated updates accepted`);
  });
});
