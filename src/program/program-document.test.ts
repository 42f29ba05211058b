import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { localEdit } from "../sync/origins";
import * as program from "./program-document";

const officer = localEdit("officer");
const contact = localEdit("contact");

/** Two devices that edit offline and then exchange everything, as they do after reconnecting. */
function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe("program document", () => {
  it("reads what the verbs write, with events in time order and emergency numbers first", () => {
    const doc = new Y.Doc();
    const later = program.createEvent(doc, officer, { title: "Fado night", date: "2026-07-17", startTime: "22:00" }, 1);
    const first = program.createEvent(doc, officer, { title: "Welcome dinner", date: "2026-07-03", startTime: "19:30" }, 2);
    const undated = program.createEvent(doc, officer, { title: "Beach day" }, 3);
    program.setEventText(doc, officer, first, "meetingPoint", "Praça, by the statue");
    program.setEventTime(doc, officer, first, "endTime", "22:00");
    program.setEventTime(doc, officer, later, "startTime", "25:99"); // malformed clears
    program.setAccommodation(doc, officer, "address", "Rua A 1");
    program.setBoarding(doc, officer, "where", "Canteen");
    const local = program.createContact(doc, officer, "local", { label: "LC president", phone: "+351 1" }, 1);
    program.createContact(doc, officer, "emergency", { label: "Ambulance", phone: "112" }, 2);
    program.setTimeZone(doc, officer, "Europe/Lisbon");

    const data = program.readProgram(doc);
    expect(data.events.map((e) => e.id)).toEqual([first, later, undated]);
    expect(data.events[0]).toMatchObject({ title: "Welcome dinner", date: "2026-07-03", startTime: "19:30", endTime: "22:00", meetingPoint: "Praça, by the statue" });
    expect(data.events[1]?.startTime).toBe("");
    expect(data.accommodation).toEqual({ address: "Rua A 1", host: "", checkIn: "", notes: "" });
    expect(data.boarding).toEqual({ where: "Canteen", how: "" });
    expect(data.contacts.map((c) => c.label)).toEqual(["Ambulance", "LC president"]);
    expect(data.timeZone).toBe("Europe/Lisbon");

    program.deleteEvent(doc, officer, later);
    program.deleteContact(doc, officer, local);
    expect(program.readProgram(doc).events.map((e) => e.title)).toEqual(["Welcome dinner", "Beach day"]);
    expect(program.readProgram(doc).contacts).toHaveLength(1);
  });

  it("keeps both writers' words when an officer and a contact person first fill in the same field offline", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    program.setAccommodation(a, officer, "checkIn", "Keys at the reception.");
    program.setAccommodation(b, contact, "checkIn", "Ask for Rita.");
    program.createEvent(a, officer, { title: "Dinner", date: "2026-07-03" });
    program.createEvent(b, contact, { title: "Museum", date: "2026-07-04" });
    sync(a, b);
    const merged = program.readProgram(a);
    expect(merged).toEqual(program.readProgram(b));
    expect(merged.accommodation.checkIn).toContain("Keys at the reception.");
    expect(merged.accommodation.checkIn).toContain("Ask for Rita.");
    expect(merged.events.map((e) => e.title)).toEqual(["Dinner", "Museum"]);
  });

  it("merges two people typing in different places of one event's notes", () => {
    const a = new Y.Doc();
    const id = program.createEvent(a, officer, { title: "Hike", date: "2026-07-05", notes: "Bring water." });
    const b = new Y.Doc();
    sync(a, b);
    program.setEventText(a, officer, id, "notes", "Bring water and a hat.");
    program.setEventText(b, contact, id, "notes", "Wear boots. Bring water.");
    sync(a, b);
    expect(program.readProgram(a).events[0]?.notes).toBe("Wear boots. Bring water and a hat.");
  });

  it("ignores what it cannot trust: wrong types and malformed times", () => {
    const doc = new Y.Doc();
    doc.getMap("events").set("bad", "not a map");
    const event = new Y.Map<unknown>();
    doc.getMap("events").set("odd", event);
    event.set("date", "tomorrow");
    event.set("title", 42);
    expect(program.readProgram(doc).events).toEqual([
      { id: "odd", date: "", startTime: "", endTime: "", createdAt: 0, title: "", place: "", address: "", meetingPoint: "", cost: "", bring: "", notes: "" },
    ]);
  });
});
