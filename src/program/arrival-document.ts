// The shape of one exchange's arrival document (`exchange/<id>/arrival`): when and where the
// contact person meets the student, and the contact person's checklist for that student. It is
// personal data of one student, so it is not in the committee's program (which all the
// committee's incoming students read): only the exchange's contact person writes it, and only
// that student and the committee's officers read it.
//
// Free text is in ROOT-level Y.Texts, merged by name, so the contact person's phone and laptop
// can both fill in a field offline first without one dropping the other's words. That holds for
// the student's own accommodation too (`stay:address`, ...), which, when filled in, is what the
// student reads instead of the committee-wide accommodation of the program.
//
// Items the contact person adds to the checklist ("SIM card") are plain values in the checklist
// map under `extra:<random id>`, label and tick together: no nested type, so the document's
// schema (no nested types in exchange documents) still holds and older apps simply skip them.
import type * as Y from "yjs";
import { transactAs, type WriteOrigin } from "../sync/origins";
import { replaceText } from "../sync/y-text-edit";

export const checklistItems = ["airportPickup", "accommodationHandedOver", "hospitalTour", "firstDayIntroduction", "socialProgramExplained"] as const;
export type ChecklistItem = (typeof checklistItems)[number];

export const arrivalTextFields = ["place", "notes"] as const;
export type ArrivalTextField = (typeof arrivalTextFields)[number];

export const stayFields = ["address", "checkIn", "keys"] as const;
export type StayField = (typeof stayFields)[number];

export const maxChecklistLabelLength = 80;
const extraPrefix = "extra:";

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
  /** Items the contact person added, oldest first. */
  extraItems: ExtraChecklistItem[];
  /** Accommodation arranged for this student alone; empty fields when it is the committee's. */
  stay: Record<StayField, string>;
}

export interface ExtraChecklistItem extends ChecklistEntry {
  id: string;
  label: string;
  createdAt: number;
}

export const arrivalRoots = {
  arrival: "arrival",
  checklist: "checklist",
  text: (field: ArrivalTextField) => `arrival:${field}`,
  stay: (field: StayField) => `stay:${field}`,
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
  const stay = {} as ArrivalData["stay"];
  for (const field of stayFields) stay[field] = doc.getText(arrivalRoots.stay(field)).toString();
  return {
    date: scalar("date"),
    time: scalar("time"),
    place: doc.getText(arrivalRoots.text("place")).toString(),
    notes: doc.getText(arrivalRoots.text("notes")).toString(),
    checklist,
    extraItems: readExtraItems(checklistMap),
    stay,
  };
}

function readExtraItems(checklist: Y.Map<unknown>): ExtraChecklistItem[] {
  const items: ExtraChecklistItem[] = [];
  for (const [key, value] of checklist.entries()) {
    if (!key.startsWith(extraPrefix) || typeof value !== "object" || value === null) continue;
    const record = value as Record<string, unknown>;
    const label = typeof record.label === "string" ? record.label.trim().slice(0, maxChecklistLabelLength) : "";
    if (!label) continue;
    const number = (field: unknown) => (typeof field === "number" && Number.isFinite(field) ? field : null);
    items.push({ id: key.slice(extraPrefix.length), label, done: record.done === true, at: number(record.at), createdAt: number(record.createdAt) ?? 0 });
  }
  return items.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
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

/** Adds an item of the contact person's own; a blank label adds nothing. Returns its id, or null. */
export function addChecklistItem(doc: Y.Doc, origin: WriteOrigin, label: string, now = Date.now(), id = crypto.randomUUID().slice(0, 8)): string | null {
  const clean = label.trim().slice(0, maxChecklistLabelLength);
  if (!clean) return null;
  transactAs(doc, origin, () => doc.getMap<unknown>(arrivalRoots.checklist).set(`${extraPrefix}${id}`, { label: clean, done: false, at: null, createdAt: now }));
  return id;
}

export function setExtraItemDone(doc: Y.Doc, origin: WriteOrigin, item: Pick<ExtraChecklistItem, "id" | "label" | "createdAt">, done: boolean, now = Date.now()): void {
  transactAs(doc, origin, () =>
    doc.getMap<unknown>(arrivalRoots.checklist).set(`${extraPrefix}${item.id}`, { label: item.label, done, at: done ? now : null, createdAt: item.createdAt }),
  );
}

export function removeChecklistItem(doc: Y.Doc, origin: WriteOrigin, id: string): void {
  transactAs(doc, origin, () => doc.getMap<unknown>(arrivalRoots.checklist).delete(`${extraPrefix}${id}`));
}

export function setStayText(doc: Y.Doc, origin: WriteOrigin, field: StayField, value: string): void {
  replaceText(doc.getText(arrivalRoots.stay(field)), value, origin);
}

/** The checklist's progress, the fixed items and the contact person's own alike: the one count of every screen and the dashboard. */
export function checklistProgress(data: Pick<ArrivalData, "checklist" | "extraItems">): { done: number; total: number } {
  const fixed = checklistItems.filter((item) => data.checklist[item].done).length;
  return { done: fixed + data.extraItems.filter((item) => item.done).length, total: checklistItems.length + data.extraItems.length };
}

export const emptyArrival = (): ArrivalData => ({
  date: "",
  time: "",
  place: "",
  notes: "",
  checklist: Object.fromEntries(checklistItems.map((item) => [item, { done: false, at: null }])) as ArrivalData["checklist"],
  extraItems: [],
  stay: { address: "", checkIn: "", keys: "" },
});
