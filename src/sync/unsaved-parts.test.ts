import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { unsavedParts } from "./sync-status";

describe("unsavedParts", () => {
  it("names the root types and root-map keys of the changes the server has not committed", () => {
    const doc = new Y.Doc();
    doc.getText("day:2026-07-01:activities").insert(0, "Ward round");
    const durable = Y.decodeStateVector(Y.encodeStateVector(doc));
    expect(unsavedParts(doc, durable)).toEqual([]);
    doc.getText("day:2026-07-02:activities").insert(0, "Lab");
    doc.getMap("attendance").set("2026-07-02", "present");
    const nested = new Y.Map();
    doc.getMap("events").set("e1", nested);
    nested.set("title", "Trip");
    expect(unsavedParts(doc, durable).sort()).toEqual(["attendance/2026-07-02", "day:2026-07-02:activities", "events/e1"]);
    expect(unsavedParts(doc, null)).toContain("day:2026-07-01:activities");
  });
});
