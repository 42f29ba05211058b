import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { createDocumentActivity } from "./document-activity";

describe("document activity", () => {
  it("answers from memory at once, reaches SQLite on flush, and keeps the latest time", () => {
    const db = new Database(":memory:");
    let now = 1000;
    const activity = createDocumentActivity(db, { now: () => now, flushEveryMs: 60_000 });
    expect(activity.lastUpdateAt(["a", "b"])).toBeNull();
    activity.touch("a");
    now = 2000;
    activity.touch("b");
    expect(activity.lastUpdateAt(["a"])).toBe(1000);
    expect(activity.lastUpdateAt(["a", "b", "c"])).toBe(2000);
    expect(db.prepare("SELECT count(*) AS n FROM document_activity").get()).toEqual({ n: 0 });
    activity.flush();
    expect(db.prepare("SELECT name, last_update_at FROM document_activity ORDER BY name").all()).toEqual([
      { name: "a", last_update_at: 1000 },
      { name: "b", last_update_at: 2000 },
    ]);
    // A second server instance over the same file reads it back.
    const again = createDocumentActivity(db);
    expect(again.lastUpdateAt(["a", "b"])).toBe(2000);
    now = 3000;
    activity.touch("a");
    activity.close();
    expect(again.lastUpdateAt(["a"])).toBe(3000);
    activity.touch("a"); // after close: ignored, never throws
    db.close();
  });

  it("flushes by itself after the interval", async () => {
    const db = new Database(":memory:");
    const activity = createDocumentActivity(db, { flushEveryMs: 10 });
    activity.touch("doc");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(db.prepare("SELECT count(*) AS n FROM document_activity").get()).toEqual({ n: 1 });
    activity.close();
    db.close();
  });
});
