// The student's arrival document: what the readers accept, and writes that clear a bad value.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readStudentArrival, setArrivalPlaceKind, setStudentArrivalText, setStudentArrivalWhen, studentArrivalRoots } from "./student-arrival-document";
import { localEdit } from "../sync/origins";

describe("the student's arrival document", () => {
  const origin = localEdit("student-1");
  it("reads what the student wrote, and ignores malformed values", () => {
    const doc = new Y.Doc();
    setStudentArrivalWhen(doc, origin, "date", "2027-06-30");
    setStudentArrivalWhen(doc, origin, "time", "18:45");
    setArrivalPlaceKind(doc, origin, "airport");
    setStudentArrivalText(doc, origin, "place", "Lisbon airport");
    setStudentArrivalText(doc, origin, "travel", "TP 1234");
    expect(readStudentArrival(doc)).toEqual({ date: "2027-06-30", time: "18:45", placeKind: "airport", place: "Lisbon airport", travel: "TP 1234" });
    setStudentArrivalWhen(doc, origin, "time", "25:00");
    doc.getMap(studentArrivalRoots.when).set("placeKind", "<script>");
    expect(readStudentArrival(doc)).toMatchObject({ time: "", placeKind: "" });
  });
  it("merges two devices' offline text by name, with no nested types", () => {
    const phone = new Y.Doc();
    const laptop = new Y.Doc();
    setStudentArrivalText(phone, origin, "place", "Porto");
    setStudentArrivalText(laptop, origin, "travel", "Train");
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(laptop));
    expect(readStudentArrival(phone)).toMatchObject({ place: "Porto", travel: "Train" });
  });
});
