import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readStudentLogbook, studentRoots } from "./student-document";
import { replaceText } from "../sync/y-text-edit";
import { localEdit, transactAs } from "../sync/origins";

const origin = localEdit("student");

function exchange(a: Y.Doc, b: Y.Doc) {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA);
  Y.applyUpdate(a, fromB);
}

function writeDay(doc: Y.Doc, date: string, change: { hours?: number; activities?: string; reflection?: string; skill?: string; by: string }) {
  transactAs(doc, origin, () => {
    const day = doc.getMap<unknown>(studentRoots.day(date));
    if (change.hours !== undefined) day.set("hours", change.hours);
    if (change.skill) day.set(`skill:${change.skill}`, true);
    if (change.activities !== undefined) replaceText(doc.getText(studentRoots.dayText(date, "activities")), change.activities, origin);
    if (change.reflection !== undefined) replaceText(doc.getText(studentRoots.dayText(date, "reflection")), change.reflection, origin);
    day.set("editedBy", change.by);
    day.set("editedAt", 1);
  });
}

describe("the student's document", () => {
  it("keeps both devices' work when each starts the same day offline", () => {
    const phone = new Y.Doc();
    const laptop = new Y.Doc();
    writeDay(phone, "2026-07-02", { hours: 7, activities: "Ward round.", skill: "ward-rounds", by: "phone" });
    writeDay(laptop, "2026-07-02", { reflection: "Learned to present a case.", skill: "case-presentation", by: "laptop" });
    exchange(phone, laptop);
    for (const doc of [phone, laptop]) {
      const day = readStudentLogbook(doc).days["2026-07-02"];
      expect(day?.hours).toBe(7);
      expect(day?.activities).toBe("Ward round.");
      expect(day?.reflection).toBe("Learned to present a case.");
      expect(day?.skills).toEqual(["case-presentation", "ward-rounds"]);
    }
  });

  it("merges two devices typing in different parts of the same field", () => {
    const phone = new Y.Doc();
    const laptop = new Y.Doc();
    writeDay(phone, "2026-07-03", { activities: "Clinic in the morning.", by: "phone" });
    exchange(phone, laptop);
    writeDay(phone, "2026-07-03", { activities: "Early: Clinic in the morning.", by: "phone" });
    writeDay(laptop, "2026-07-03", { activities: "Clinic in the morning. Theatre after lunch.", by: "laptop" });
    exchange(phone, laptop);
    const text = readStudentLogbook(phone).days["2026-07-03"]?.activities;
    expect(text).toBe("Early: Clinic in the morning. Theatre after lunch.");
    expect(readStudentLogbook(laptop).days["2026-07-03"]?.activities).toBe(text);
  });

  it("reads days, attendance and appraisals from a document loaded from its updates", () => {
    const source = new Y.Doc();
    writeDay(source, "2026-07-06", { hours: 6.5, activities: "Lab work.", by: "phone" });
    transactAs(source, origin, () => {
      source.getMap(studentRoots.attendance).set("2026-07-06", "excused");
      replaceText(source.getText(studentRoots.attendanceReason("2026-07-06")), "Doctor's appointment", origin);
      source.getMap(studentRoots.attendance).set("2026-07-07", "on holiday");
      source.getMap(studentRoots.appraisal("mid-exchange")).set("expectationsMet", "partly");
      replaceText(source.getText(studentRoots.appraisalText("mid-exchange")), "Going well.", origin);
      source.getMap(studentRoots.day("2026-07-08")).set("hours", Number.POSITIVE_INFINITY);
    });
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, Y.encodeStateAsUpdate(source));
    const data = readStudentLogbook(loaded);
    expect(data.days["2026-07-06"]).toMatchObject({ hours: 6.5, activities: "Lab work.", lastEdit: { at: 1, by: "phone" } });
    expect(data.attendance).toEqual({ "2026-07-06": { status: "excused", reason: "Doctor's appointment" } });
    expect(data.appraisals["mid-exchange"]).toMatchObject({ selfAssessment: "Going well.", expectationsMet: "partly" });
    // Values no honest client writes are read as absent rather than trusted.
    expect(data.days["2026-07-08"]?.hours).toBeNull();
  });
});
