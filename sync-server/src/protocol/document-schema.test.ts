// The student's arrival document, like the contact person's, holds no nested type: what the app
// writes passes, a nested map is refused with its reason.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { checkUpdateV1 } from "./update-guard";
import { checkNestedTypes, NestedTypeIndex } from "./document-schema";
import { readStudentArrival, setArrivalPlaceKind, setStudentArrivalText, setStudentArrivalWhen } from "../../../src/logbook/student-arrival-document";
import { localEdit } from "../../../src/sync/origins";

function typesOf(doc: Y.Doc) {
  const verdict = checkUpdateV1(Y.encodeStateAsUpdate(doc));
  if (!verdict.ok) throw new Error(verdict.reason);
  return verdict.types;
}

describe("the student-arrival kind's schema", () => {
  it("accepts what the student's device writes", () => {
    const doc = new Y.Doc();
    const origin = localEdit("s1");
    setStudentArrivalWhen(doc, origin, "date", "2027-06-30");
    setArrivalPlaceKind(doc, origin, "station");
    setStudentArrivalText(doc, origin, "travel", "Train from Madrid");
    expect(readStudentArrival(doc).placeKind).toBe("station");
    expect(checkNestedTypes("student-arrival", typesOf(doc), new NestedTypeIndex()).violations).toEqual([]);
  });
  it("refuses a nested type", () => {
    const doc = new Y.Doc();
    doc.getMap("student-arrival").set("extra", new Y.Map());
    const check = checkNestedTypes("student-arrival", typesOf(doc), new NestedTypeIndex());
    expect(check.violations.length).toBe(1);
    expect(check.reason).toBe("this document has no nested types");
  });
});
