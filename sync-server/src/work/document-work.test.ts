import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import { createDocumentWork, DocumentWorkFailed, type DocumentWork } from "./document-work";
import { nestedMapChain } from "../../../test/helpers/poison";
import { manyEntries } from "../../../test/helpers/heavy-updates";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSqliteStorage } from "../storage/sqlite-storage";

const updatesOf = (count: number) => {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getText("t").insert(i, "x");
  return { doc, updates };
};

describe("document work", () => {
  let work: DocumentWork | null = null;
  afterEach(async () => {
    await work?.close();
    work = null;
  });

  it("merges and diffs like yjs, inline for small documents and in a worker for large ones, with results in shared memory", async () => {
    const { doc, updates } = updatesOf(50);
    for (const inlineBelowBytes of [1_000_000, 0]) {
      const pool = createDocumentWork({ inlineBelowBytes, workers: 1 });
      work = pool;
      const { merged } = await pool.run({ op: "merge", parts: updates }, "doc");
      expect(merged.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(Y.encodeStateVectorFromUpdate(merged)).toEqual(Y.encodeStateVector(doc));
      const half = new Y.Doc();
      updates.slice(0, 20).forEach((update) => Y.applyUpdate(half, update));
      const { answer } = await pool.run({ op: "diff", parts: [merged], stateVector: Y.encodeStateVector(half) }, "doc");
      const decoder = decoding.createDecoder(answer);
      expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 1]); // sync, step 2
      Y.applyUpdate(half, decoding.readVarUint8Array(decoder));
      expect(half.getText("t").toString()).toBe("x".repeat(50));
      await pool.close();
    }
  });

  it("a stored chain of nested maps loads and reads with the chain dropped and the rest kept", async () => {
    work = createDocumentWork({ inlineBelowBytes: 0, workers: 1 });
    const honest = new Y.Doc();
    honest.getMap("day:2026-07-01").set("hours", 8);
    honest.getText("day:2026-07-01:activities").insert(0, "Lab work");
    honest.getMap("cover").set("university", "Leuven");
    const poison = nestedMapChain(12_000, "cover");
    const parts = [Y.encodeStateAsUpdate(honest), poison.chain, poison.deleteOutermost];
    const loaded = await work.run({ op: "load", kind: "student", parts }, "doc");
    // Every map of the chain is a nested type the student's document does not have.
    expect(loaded.neutralised).toBe(12_000);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, loaded.state);
    expect(doc.getMap("cover").toJSON()).toEqual({ university: "Leuven" });
    const { json } = await work.run({ op: "read", kind: "student", reader: "student-logbook", parts, maxResultBytes: 1_000_000 }, "doc");
    expect(JSON.parse(json)).toMatchObject({ cover: { university: "Leuven" }, days: { "2026-07-01": { hours: 8, activities: "Lab work" } } });
  });

  it("takes turns between documents: one document's queue does not hold back another's job", async () => {
    work = createDocumentWork({ inlineBelowBytes: 0, workers: 1 });
    const big = [manyEntries(1_000_000, "cover"), manyEntries(1_000_000, "cover")];
    const finished: string[] = [];
    const jobs = [
      ...[1, 2, 3].map((n) => work!.run({ op: "merge", parts: big }, "large").then(() => finished.push(`large ${n}`))),
      work.run({ op: "merge", parts: updatesOf(5).updates }, "small").then(() => finished.push("small")),
    ];
    await Promise.all(jobs);
    expect(finished).toEqual(["large 1", "small", "large 2", "large 3"]);
  });

  it("a job past its deadline fails alone, and the pool keeps working with a new worker", async () => {
    work = createDocumentWork({ inlineBelowBytes: 0, workers: 1, jobTimeoutMs: 1 });
    const big = [manyEntries(1_000_000, "cover"), manyEntries(1_000_000, "cover")];
    await expect(work.run({ op: "merge", parts: big }, "large")).rejects.toThrow(DocumentWorkFailed);
    await work.close();
    work = createDocumentWork({ inlineBelowBytes: 0, workers: 1, jobTimeoutMs: 30_000 });
    const { merged } = await work.run({ op: "merge", parts: updatesOf(3).updates }, "small");
    expect(merged.length).toBeGreaterThan(0);
  });

  it("an unreadable stored state is a failure of that read, with the reason", async () => {
    work = createDocumentWork({ inlineBelowBytes: 0, workers: 1 });
    await expect(work.run({ op: "load", kind: "student", parts: [new Uint8Array([1, 2, 3])] }, "doc")).rejects.toThrow(/stored state does not decode/);
    const { doc } = updatesOf(1);
    doc.getMap("cover").set("k", "x".repeat(2000));
    await expect(work.run({ op: "read", kind: "student", reader: "student-logbook", parts: [Y.encodeStateAsUpdate(doc)], maxResultBytes: 1000 }, "doc")).rejects.toThrow(/more than the 1000 allowed/);
  });

  it("a worker reads a large stored document from the SQLite file itself", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aql-work-"));
    const storage = createSqliteStorage(join(dir, "logbook.sqlite"));
    try {
      const doc = new Y.Doc();
      doc.getMap("cover").set("university", "Leuven");
      await storage.append("exchange/x/student", [Y.encodeStateAsUpdate(doc), manyEntries(300_000, "other")]);
      work = createDocumentWork({ workers: 1 });
      const { json } = await work.run({ op: "read-stored", kind: "student", reader: "student-logbook", file: storage.db.name, name: "exchange/x/student", maxResultBytes: 1_000_000 }, "doc");
      expect(JSON.parse(json)).toMatchObject({ cover: { university: "Leuven" } });
    } finally {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
