import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createMemoryStorage } from "../storage/memory-storage";
import { createDocumentWork, type DocumentWork } from "../work/document-work";
import { ContentUnavailable, createStoredContent } from "./stored-document";
import type { DocumentActivity } from "../rooms/document-activity";
import { manyEntries } from "../../../test/helpers/heavy-updates";

const name = "exchange/x/student";
const activity: DocumentActivity = { touch: () => {}, lastUpdateAt: () => null, flush: () => {}, close: () => {} };

/** One device editing the cover: each call is its next update, so a later one always wins. */
function coverWriter() {
  const doc = new Y.Doc();
  return (university: string) => {
    const before = Y.encodeStateVector(doc);
    doc.getMap("cover").set("university", university);
    return Y.encodeStateAsUpdate(doc, before);
  };
}

describe("stored content", () => {
  let work: DocumentWork | null = null;
  afterEach(async () => {
    await work?.close();
  });

  /** The pool, counting the reads it is asked for. */
  const countingWork = (options: Parameters<typeof createDocumentWork>[0]) => {
    const pool = createDocumentWork(options);
    work = pool;
    const counted: { reads: number; work: DocumentWork } = { reads: 0, work: pool };
    const run: DocumentWork["run"] = (job, owner) => {
      if (job.op === "read") counted.reads++;
      return pool.run(job, owner);
    };
    counted.work = { ...pool, run };
    return counted;
  };

  it("reads once per stored version, however many ask at once, and again once it changed", async () => {
    const cover = coverWriter();
    const storage = createMemoryStorage();
    await storage.append(name, [cover("Leuven")]);
    const counted = countingWork({ workers: 1 });
    const content = createStoredContent({ storage, work: counted.work, activity });
    const readings = await Promise.all(Array.from({ length: 5 }, () => content.read(name, "student-logbook")));
    expect(readings.map((r) => r.cover.university)).toEqual(Array(5).fill("Leuven"));
    expect(counted.reads).toBe(1);
    await storage.append(name, [cover("Gent")]);
    expect((await content.read(name, "student-logbook")).cover.university).toBe("Gent");
    expect(counted.reads).toBe(2);
  });

  it("answers a request that may wait from the previous reading while a large document is read, and rereads it for the dashboard at most every 30 s", async () => {
    const cover = coverWriter();
    const storage = createMemoryStorage();
    await storage.append(name, [cover("Leuven"), manyEntries(500_000, "other")]);
    let clock = 0;
    const counted = countingWork({ workers: 1, inlineBelowBytes: 100_000 });
    const content = createStoredContent({ storage, work: counted.work, activity, now: () => clock });
    expect((await content.read(name, "student-logbook", { waitMs: 60_000 })).cover.university).toBe("Leuven");
    await storage.append(name, [cover("Gent")]);
    // Within 30 s the dashboard gets the previous reading; the evaluation reads what is stored.
    expect((await content.read(name, "student-logbook", { waitMs: 500 })).cover.university).toBe("Leuven");
    expect(counted.reads).toBe(1);
    expect((await content.read(name, "student-logbook")).cover.university).toBe("Gent");
    expect(counted.reads).toBe(2);
    await storage.append(name, [cover("Brugge")]);
    clock = 31_000;
    // Past 30 s a new reading starts; one that takes longer than the wait is answered from the last.
    expect((await content.read(name, "student-logbook", { waitMs: 0 })).cover.university).toBe("Gent");
    await expect.poll(async () => (await content.read(name, "student-logbook", { waitMs: 0 })).cover.university).toBe("Brugge");
  });

  it("a document that cannot be read is ContentUnavailable, and a first reading still under way is 'busy'", async () => {
    const storage = createMemoryStorage();
    await storage.append(name, [new Uint8Array([1, 1, 200, 1, 0, 7])]);
    const counted = countingWork({ workers: 1 });
    const content = createStoredContent({ storage, work: counted.work, activity });
    await expect(content.read(name, "student-logbook")).rejects.toMatchObject({ name: "ContentUnavailable", reason: "unreadable" });
    const other = "exchange/y/student";
    await storage.append(other, [manyEntries(500_000, "other")]);
    const slow = createStoredContent({ storage, work: countingWork({ workers: 1, inlineBelowBytes: 100_000 }).work, activity });
    await expect(slow.read(other, "student-logbook", { waitMs: 0 })).rejects.toBeInstanceOf(ContentUnavailable);
  });
});
