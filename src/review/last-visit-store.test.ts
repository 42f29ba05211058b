import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { openLogbookDatabase } from "../db/schema";
import { recordVisit, visitGapMs } from "./last-visit-store";

describe("the tutor's last visit", () => {
  const db = openLogbookDatabase(`last-visit-${Math.random()}`);
  afterEach(async () => {
    await db.settings.clear();
  });

  it("is null on a first visit, then the end of the previous visit once half an hour has passed", async () => {
    const start = Date.UTC(2026, 6, 6, 9);
    expect(await recordVisit(db, "tutor-1", start)).toBeNull();
    // A reload ten minutes later is the same visit.
    expect(await recordVisit(db, "tutor-1", start + 10 * 60_000)).toBeNull();
    // The next day: new since the last opening of the previous visit.
    const nextDay = start + 24 * 3_600_000;
    expect(await recordVisit(db, "tutor-1", nextDay)).toBe(start + 10 * 60_000);
    expect(await recordVisit(db, "tutor-1", nextDay + visitGapMs - 1)).toBe(start + 10 * 60_000);
    expect(await recordVisit(db, "tutor-1", nextDay + 2 * visitGapMs)).toBe(nextDay + visitGapMs - 1);
  });

  it("is kept per student", async () => {
    await recordVisit(db, "tutor-1", 1_000);
    expect(await recordVisit(db, "tutor-2", 1_000 + 2 * visitGapMs)).toBeNull();
  });
});
