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

describe("unsavedParts with deletions", () => {
  it("names the places of this device's deletions the server has not committed", () => {
    const doc = new Y.Doc();
    doc.getText("day:2026-07-01:activities").insert(0, "Ward round");
    doc.getMap("attendance").set("2026-07-01", "present");
    const durable = Y.decodeStateVector(Y.encodeStateVector(doc));
    let deleted = new Map<number, { clock: number; len: number }[]>();
    doc.once("afterTransaction", (transaction: Y.Transaction) => {
      deleted = new Map([...transaction.deleteSet.clients].map(([client, items]) => [client, items.map((item) => ({ clock: item.clock, len: item.len }))]));
    });
    doc.getText("day:2026-07-01:activities").delete(0, 5);
    // A deletion adds no clock: the state vector alone says everything is saved.
    expect(unsavedParts(doc, durable)).toEqual([]);
    expect(unsavedParts(doc, durable, deleted)).toEqual(["day:2026-07-01:activities"]);
  });

  it("ignores deletions of structs this copy does not hold", () => {
    const doc = new Y.Doc();
    doc.getText("notes").insert(0, "x");
    expect(unsavedParts(doc, Y.decodeStateVector(Y.encodeStateVector(doc)), new Map([[doc.clientID, [{ clock: 50, len: 3 }]], [12345, [{ clock: 0, len: 1 }]]]))).toEqual([]);
  });
});
