// The student's own arrival details (`exchange/<id>/student-arrival`): when and where they
// arrive and how they travel, for the contact person, who reads it. The contact person's
// arrival document (`exchange/<id>/arrival`) keeps its one writer; this one has the student as
// its only writer, so the two never edit each other's words. Scalars in one root map, free text
// in root-level texts merged by name (phone and laptop may both type first, offline).
import type * as Y from "yjs";
import { transactAs, type WriteOrigin } from "../sync/origins";
import { replaceText } from "../sync/y-text-edit";

export const arrivalPlaceKinds = ["airport", "station", "other"] as const;
export type ArrivalPlaceKind = (typeof arrivalPlaceKinds)[number];

export const studentArrivalTextFields = ["place", "travel"] as const;
export type StudentArrivalTextField = (typeof studentArrivalTextFields)[number];

export interface StudentArrival {
  date: string;
  time: string;
  placeKind: ArrivalPlaceKind | "";
  place: string;
  travel: string;
}

export const studentArrivalRoots = {
  when: "student-arrival",
  text: (field: StudentArrivalTextField) => `student-arrival:${field}`,
} as const;

export const studentArrivalDocumentName = (exchangeId: string) => `exchange/${exchangeId}/student-arrival`;

const patterns = { date: /^\d{4}-\d{2}-\d{2}$/, time: /^([01]\d|2[0-3]):[0-5]\d$/ } as const;

export const emptyStudentArrival = (): StudentArrival => ({ date: "", time: "", placeKind: "", place: "", travel: "" });

export function readStudentArrival(doc: Y.Doc): StudentArrival {
  const when = doc.getMap<unknown>(studentArrivalRoots.when);
  const scalar = (key: keyof typeof patterns) => {
    const value = when.get(key);
    return typeof value === "string" && patterns[key].test(value) ? value : "";
  };
  const kind = when.get("placeKind");
  return {
    date: scalar("date"),
    time: scalar("time"),
    placeKind: (arrivalPlaceKinds as readonly unknown[]).includes(kind) ? (kind as ArrivalPlaceKind) : "",
    place: doc.getText(studentArrivalRoots.text("place")).toString(),
    travel: doc.getText(studentArrivalRoots.text("travel")).toString(),
  };
}

/** Date or time; an empty or malformed value clears it. */
export function setStudentArrivalWhen(doc: Y.Doc, origin: WriteOrigin, field: "date" | "time", value: string): void {
  transactAs(doc, origin, () => {
    const when = doc.getMap<unknown>(studentArrivalRoots.when);
    if (patterns[field].test(value)) when.set(field, value);
    else when.delete(field);
  });
}

export function setArrivalPlaceKind(doc: Y.Doc, origin: WriteOrigin, kind: ArrivalPlaceKind): void {
  transactAs(doc, origin, () => doc.getMap<unknown>(studentArrivalRoots.when).set("placeKind", kind));
}

export function setStudentArrivalText(doc: Y.Doc, origin: WriteOrigin, field: StudentArrivalTextField, value: string): void {
  replaceText(doc.getText(studentArrivalRoots.text(field)), value, origin);
}
