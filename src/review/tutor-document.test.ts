import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { emptyTutorDocument, readTutorDocument, weekFromKey, weekKey } from "./tutor-document";

describe("week keys", () => {
  it("are the week number as a plain string, and only that parses back", () => {
    expect(weekKey(3)).toBe("3");
    expect(weekFromKey(weekKey(12))).toBe(12);
    for (const key of ["week-3", "03", "0", "-1", "3.0", " 3", "3 ", "", "1e1", "constructor"]) expect(weekFromKey(key)).toBeNull();
  });
});

describe("readTutorDocument", () => {
  it("reads an empty document as empty", () => {
    expect(readTutorDocument(new Y.Doc())).toEqual(emptyTutorDocument());
  });

  it("skips confirmations that are not objects and defaults missing fields", () => {
    const doc = new Y.Doc();
    const confirmations = doc.getMap<unknown>("attendanceConfirmations");
    confirmations.set("1", "yes");
    confirmations.set("2", { confirmed: "true", at: "now" });
    expect(readTutorDocument(doc).attendanceConfirmations).toEqual({ "2": { confirmed: false, at: null, note: "" } });
  });

  it("finds comments and appraisals that arrived from another device before this one opened them", () => {
    const source = new Y.Doc();
    source.getText("comment:2026-07-02").insert(0, "Well argued.");
    source.getText("tutor-appraisal:end-of-exchange:text").insert(0, "Excellent.");
    source.getMap("tutor-appraisal:end-of-exchange").set("editedAt", 5);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
    const data = readTutorDocument(doc);
    expect(data.comments).toEqual({ "2026-07-02": "Well argued." });
    expect(data.appraisals).toEqual({ "end-of-exchange": { assessment: "Excellent.", lastEdit: { at: 5, by: "" } } });
  });
});
