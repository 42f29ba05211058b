import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { localEdit } from "../sync/origins";
import { checklistDone, readArrival, setArrivalText, setArrivalWhen, setChecklistItem } from "./arrival-document";

const contact = localEdit("contact");

describe("arrival document", () => {
  it("holds when and where the student arrives and the contact person's checklist", () => {
    const doc = new Y.Doc();
    expect(readArrival(doc).checklist.airportPickup).toEqual({ done: false, at: null });
    setArrivalWhen(doc, contact, "date", "2026-06-30");
    setArrivalWhen(doc, contact, "time", "14:35");
    setArrivalText(doc, contact, "place", "Lisbon airport, Terminal 1");
    setChecklistItem(doc, contact, "airportPickup", true, 1000);
    setChecklistItem(doc, contact, "hospitalTour", true, 2000);
    setChecklistItem(doc, contact, "hospitalTour", false, 3000);
    const data = readArrival(doc);
    expect(data).toMatchObject({ date: "2026-06-30", time: "14:35", place: "Lisbon airport, Terminal 1", notes: "" });
    expect(data.checklist.airportPickup).toEqual({ done: true, at: 1000 });
    expect(data.checklist.hospitalTour).toEqual({ done: false, at: null });
    expect(checklistDone(data)).toBe(1);
    setArrivalWhen(doc, contact, "time", "");
    expect(readArrival(doc).time).toBe("");
  });

  it("keeps the words of the contact person's two devices filling in the place offline", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setArrivalText(a, contact, "notes", "Flight TP123.");
    setArrivalText(b, contact, "notes", "Phone +351 9.");
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readArrival(a).notes).toBe(readArrival(b).notes);
    expect(readArrival(a).notes).toContain("Flight TP123.");
    expect(readArrival(a).notes).toContain("Phone +351 9.");
  });
});
