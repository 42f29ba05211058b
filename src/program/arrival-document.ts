// The shape of one exchange's arrival document (`exchange/<id>/arrival`): when and where the
// contact person meets the student, and the contact person's checklist for that student. It is
// personal data of one student, so it is not in the committee's program (which all the
// committee's incoming students read): only the exchange's contact person writes it, and only
// that student and the committee's officers read it.
//
// Free text is in ROOT-level Y.Texts, merged by name, so the contact person's phone and laptop
// can both fill in a field offline first without one dropping the other's words.
import type * as Y from "yjs";
import { transactAs, type WriteOrigin } from "../sync/origins";
import { replaceText } from "../sync/y-text-edit";

export const checklistItems = ["airportPickup", "accommodationHandedOver", "hospitalTour", "firstDayIntroduction", "socialProgramExplained"] as const;
export type ChecklistItem = (typeof checklistItems)[number];

export const arrivalTextFields = ["place", "notes"] as const;
export type ArrivalTextField = (typeof arrivalTextFields)[number];

export interface ChecklistEntry {
  done: boolean;
  /** When it was ticked, for the contact person's own record. */
  at: number | null;
}

export interface ArrivalData {
  /** "YYYY-MM-DD" and "HH:MM", empty when not known yet. */
  date: string;
  time: string;
  place: string;
  notes: string;
  checklist: Record<ChecklistItem, ChecklistEntry>;
}

export const arrivalRoots = {
  arrival: "arrival",
  checklist: "checklist",
  text: (field: ArrivalTextField) => `arrival:${field}`,
} as const;

export const arrivalDocumentName = (exchangeId: string) => `exchange/${exchangeId}/arrival`;

const patterns = { date: /^\d{4}-\d{2}-\d{2}$/, time: /^([01]\d|2[0-3]):[0-5]\d$/ } as const;

export function readArrival(doc: Y.Doc): ArrivalData {
  const arrival = doc.getMap<unknown>(arrivalRoots.arrival);
  const checklistMap = doc.getMap<unknown>(arrivalRoots.checklist);
  const checklist = {} as ArrivalData["checklist"];
  for (const item of checklistItems) {
    const entry = checklistMap.get(item);
    const record = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>) : {};
    checklist[item] = { done: record.done === true, at: typeof record.at === "number" ? record.at : null };
  }
  const scalar = (key: keyof typeof patterns) => {
    const value = arrival.get(key);
    return typeof value === "string" && patterns[key].test(value) ? value : "";
  };
  return {
    date: scalar("date"),
    time: scalar("time"),
    place: doc.getText(arrivalRoots.text("place")).toString(),
    notes: doc.getText(arrivalRoots.text("notes")).toString(),
    checklist,
  };
}

/** Sets the arrival date or time; an empty or malformed value clears it. */
export function setArrivalWhen(doc: Y.Doc, origin: WriteOrigin, field: "date" | "time", value: string): void {
  transactAs(doc, origin, () => {
    const arrival = doc.getMap<unknown>(arrivalRoots.arrival);
    if (patterns[field].test(value)) arrival.set(field, value);
    else arrival.delete(field);
  });
}

export function setArrivalText(doc: Y.Doc, origin: WriteOrigin, field: ArrivalTextField, value: string): void {
  replaceText(doc.getText(arrivalRoots.text(field)), value, origin);
}

export function setChecklistItem(doc: Y.Doc, origin: WriteOrigin, item: ChecklistItem, done: boolean, now = Date.now()): void {
  transactAs(doc, origin, () => doc.getMap<unknown>(arrivalRoots.checklist).set(item, { done, at: done ? now : null }));
}

export function checklistDone(data: ArrivalData): number {
  return checklistItems.filter((item) => data.checklist[item].done).length;
}
