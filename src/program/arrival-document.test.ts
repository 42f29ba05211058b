import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { localEdit } from "../sync/origins";
import { addChecklistItem, checklistProgress, readArrival, removeChecklistItem, setArrivalText, setArrivalWhen, setChecklistItem, setExtraItemDone, setStayText } from "./arrival-document";

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
    expect(checklistProgress(data)).toEqual({ done: 1, total: 5 });
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

  it("keeps the contact person's own checklist items, counted with the fixed ones", () => {
    const doc = new Y.Doc();
    expect(addChecklistItem(doc, contact, "   ", 1)).toBeNull();
    const sim = addChecklistItem(doc, contact, "  SIM card ", 1, "sim")!;
    addChecklistItem(doc, contact, "Meal card", 2, "meal");
    expect(readArrival(doc).extraItems.map((item) => item.label)).toEqual(["SIM card", "Meal card"]);
    const item = readArrival(doc).extraItems[0]!;
    setExtraItemDone(doc, contact, item, true, 50);
    setChecklistItem(doc, contact, "hospitalTour", true, 60);
    expect(readArrival(doc).extraItems[0]).toEqual({ id: sim, label: "SIM card", done: true, at: 50, createdAt: 1 });
    expect(checklistProgress(readArrival(doc))).toEqual({ done: 2, total: 7 });
    removeChecklistItem(doc, contact, "meal");
    expect(checklistProgress(readArrival(doc))).toEqual({ done: 2, total: 6 });
  });

  it("skips added items it cannot read, and reads a document from before them", () => {
    const doc = new Y.Doc();
    doc.getMap("checklist").set("extra:bad", "not an item");
    doc.getMap("checklist").set("extra:blank", { label: "  ", done: true });
    doc.getMap("checklist").set("airportPickup", { done: true, at: 5 });
    const data = readArrival(doc);
    expect(data.extraItems).toEqual([]);
    expect(data.stay).toEqual({ address: "", checkIn: "", keys: "" });
    expect(checklistProgress(data)).toEqual({ done: 1, total: 5 });
  });

  it("holds accommodation arranged for this student", () => {
    const doc = new Y.Doc();
    setStayText(doc, contact, "address", "Rua do Ouro 12, Lisboa");
    setStayText(doc, contact, "keys", "From the porter, ask for Rui");
    expect(readArrival(doc).stay).toEqual({ address: "Rua do Ouro 12, Lisboa", checkIn: "", keys: "From the porter, ask for Rui" });
  });
});
