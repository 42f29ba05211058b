// The shape of a local committee's program (`committee/<id>/program`): the social program's
// events, accommodation, boarding and the numbers to call. Its officers and contact persons
// write it, often offline and at the same time; its incoming students read it.
//
// Events and contacts are nested Y.Maps keyed by a random id, and each is created whole (all
// its Y.Text fields) in one transaction, so no two devices ever create the same nested type.
// Accommodation and boarding are fixed sets of fields that any writer may be the first to fill
// in; they are ROOT-level Y.Texts (`accommodation:address`), which Yjs merges by name. As
// nested Y.Texts, two devices filling in the same field for the first time offline would each
// create one and Yjs would keep only one of them, silently dropping the other's words.
//
// No run-time import of yjs: the student's and contact person's home screens read the program
// before the Yjs code has downloaded, and the classes needed here are the document's own.
import type * as Y from "yjs";
import { transactAs, type WriteOrigin } from "../sync/origins";
import { replaceText } from "../sync/y-text-edit";

export const eventTextFields = ["title", "place", "address", "meetingPoint", "cost", "bring", "notes"] as const;
export type EventTextField = (typeof eventTextFields)[number];
export const eventTimeFields = ["date", "startTime", "endTime"] as const;
export type EventTimeField = (typeof eventTimeFields)[number];
export const accommodationFields = ["address", "host", "checkIn", "notes"] as const;
export type AccommodationField = (typeof accommodationFields)[number];
export const boardingFields = ["where", "how"] as const;
export type BoardingField = (typeof boardingFields)[number];
export const contactTextFields = ["label", "name", "phone"] as const;
export type ContactTextField = (typeof contactTextFields)[number];
export type ContactKind = "emergency" | "local";

export interface ProgramEvent extends Record<EventTextField, string> {
  id: string;
  /** "YYYY-MM-DD", and "HH:MM" times (empty when not set): wall-clock time in the program's time zone. */
  date: string;
  startTime: string;
  endTime: string;
  createdAt: number;
}

export interface ProgramContact extends Record<ContactTextField, string> {
  id: string;
  kind: ContactKind;
  createdAt: number;
}

export interface ProgramData {
  /** IANA zone of the committee's city; events are at wall-clock times there. Empty until set. */
  timeZone: string;
  events: ProgramEvent[];
  accommodation: Record<AccommodationField, string>;
  boarding: Record<BoardingField, string>;
  contacts: ProgramContact[];
}

export const programRoots = {
  meta: "meta",
  events: "events",
  contacts: "contacts",
  accommodation: (field: AccommodationField) => `accommodation:${field}`,
  boarding: (field: BoardingField) => `boarding:${field}`,
} as const;

export const programDocumentName = (committeeId: string) => `committee/${committeeId}/program`;

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;
const fieldPatterns: Record<EventTimeField, RegExp> = { date: datePattern, startTime: timePattern, endTime: timePattern };

/** Yjs's Y.Map and Y.Text classes, taken from the document's own root types. */
function yTypes(doc: Y.Doc) {
  return {
    Map: doc.getMap(programRoots.events).constructor as new () => Y.Map<unknown>,
    Text: doc.getText(programRoots.accommodation("address")).constructor as new (initial?: string) => Y.Text,
  };
}

const text = (value: unknown, types: ReturnType<typeof yTypes>) => (value instanceof types.Text ? value.toString() : "");
const string = (value: unknown, pattern?: RegExp) => (typeof value === "string" && (!pattern || pattern.test(value)) ? value : "");
const number = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0);

function readEvent(id: string, map: Y.Map<unknown>, types: ReturnType<typeof yTypes>): ProgramEvent {
  const event = { id, date: "", startTime: "", endTime: "", createdAt: number(map.get("createdAt")) } as ProgramEvent;
  for (const field of eventTextFields) event[field] = text(map.get(field), types);
  for (const field of eventTimeFields) event[field] = string(map.get(field), fieldPatterns[field]);
  return event;
}

function readContact(id: string, map: Y.Map<unknown>, types: ReturnType<typeof yTypes>): ProgramContact {
  const contact = { id, kind: map.get("kind") === "emergency" ? "emergency" : "local", createdAt: number(map.get("createdAt")) } as ProgramContact;
  for (const field of contactTextFields) contact[field] = text(map.get(field), types);
  return contact;
}

/** Events in time order (undated ones last, then by creation), so every device lists them alike. */
export function sortEvents(events: ProgramEvent[]): ProgramEvent[] {
  const key = (e: ProgramEvent) => `${e.date || "9999-99-99"}T${e.startTime || "99:99"}`;
  return events.sort((a, b) => key(a).localeCompare(key(b)) || a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export function readProgram(doc: Y.Doc): ProgramData {
  const types = yTypes(doc);
  const events: ProgramEvent[] = [];
  for (const [id, value] of doc.getMap<unknown>(programRoots.events).entries()) if (value instanceof types.Map) events.push(readEvent(id, value, types));
  const contacts: ProgramContact[] = [];
  for (const [id, value] of doc.getMap<unknown>(programRoots.contacts).entries()) if (value instanceof types.Map) contacts.push(readContact(id, value, types));
  contacts.sort((a, b) => (a.kind === b.kind ? a.createdAt - b.createdAt || a.id.localeCompare(b.id) : a.kind === "emergency" ? -1 : 1));
  const accommodation = {} as ProgramData["accommodation"];
  for (const field of accommodationFields) accommodation[field] = doc.getText(programRoots.accommodation(field)).toString();
  const boarding = {} as ProgramData["boarding"];
  for (const field of boardingFields) boarding[field] = doc.getText(programRoots.boarding(field)).toString();
  return { timeZone: readTimeZone(doc), events: sortEvents(events), accommodation, boarding, contacts };
}

export function readTimeZone(doc: Y.Doc): string {
  return string(doc.getMap<unknown>(programRoots.meta).get("timeZone"));
}

export function randomId(): string {
  return crypto.randomUUID().replaceAll("-", "").slice(0, 16);
}

/** Creates an event with all its fields, so no other device ever creates one of them. */
export function createEvent(doc: Y.Doc, origin: WriteOrigin, init: Partial<Omit<ProgramEvent, "id" | "createdAt">> = {}, now = Date.now(), id = randomId()): string {
  const types = yTypes(doc);
  transactAs(doc, origin, () => {
    const event = new types.Map();
    doc.getMap<unknown>(programRoots.events).set(id, event);
    event.set("createdAt", now);
    for (const field of eventTextFields) event.set(field, new types.Text(init[field] ?? ""));
    for (const field of eventTimeFields) if (init[field] && fieldPatterns[field].test(init[field])) event.set(field, init[field]);
  });
  return id;
}

function nested(doc: Y.Doc, root: string, id: string): Y.Map<unknown> | null {
  const value = doc.getMap<unknown>(root).get(id);
  return value instanceof yTypes(doc).Map ? value : null;
}

export function setEventText(doc: Y.Doc, origin: WriteOrigin, id: string, field: EventTextField, value: string): void {
  const target = nested(doc, programRoots.events, id)?.get(field);
  if (target instanceof yTypes(doc).Text) replaceText(target, value, origin);
}

/** Sets a date or time; an empty or malformed value clears it. */
export function setEventTime(doc: Y.Doc, origin: WriteOrigin, id: string, field: EventTimeField, value: string): void {
  const event = nested(doc, programRoots.events, id);
  if (!event) return;
  transactAs(doc, origin, () => {
    if (fieldPatterns[field].test(value)) event.set(field, value);
    else event.delete(field);
  });
}

export function deleteEvent(doc: Y.Doc, origin: WriteOrigin, id: string): void {
  transactAs(doc, origin, () => doc.getMap(programRoots.events).delete(id));
}

export function setAccommodation(doc: Y.Doc, origin: WriteOrigin, field: AccommodationField, value: string): void {
  replaceText(doc.getText(programRoots.accommodation(field)), value, origin);
}

export function setBoarding(doc: Y.Doc, origin: WriteOrigin, field: BoardingField, value: string): void {
  replaceText(doc.getText(programRoots.boarding(field)), value, origin);
}

export function setTimeZone(doc: Y.Doc, origin: WriteOrigin, timeZone: string): void {
  transactAs(doc, origin, () => doc.getMap(programRoots.meta).set("timeZone", timeZone));
}

export function createContact(doc: Y.Doc, origin: WriteOrigin, kind: ContactKind, init: Partial<Record<ContactTextField, string>> = {}, now = Date.now(), id = randomId()): string {
  const types = yTypes(doc);
  transactAs(doc, origin, () => {
    const contact = new types.Map();
    doc.getMap<unknown>(programRoots.contacts).set(id, contact);
    contact.set("createdAt", now);
    contact.set("kind", kind);
    for (const field of contactTextFields) contact.set(field, new types.Text(init[field] ?? ""));
  });
  return id;
}

export function setContactText(doc: Y.Doc, origin: WriteOrigin, id: string, field: ContactTextField, value: string): void {
  const target = nested(doc, programRoots.contacts, id)?.get(field);
  if (target instanceof yTypes(doc).Text) replaceText(target, value, origin);
}

export function setContactKind(doc: Y.Doc, origin: WriteOrigin, id: string, kind: ContactKind): void {
  const contact = nested(doc, programRoots.contacts, id);
  if (contact) transactAs(doc, origin, () => contact.set("kind", kind));
}

export function deleteContact(doc: Y.Doc, origin: WriteOrigin, id: string): void {
  transactAs(doc, origin, () => doc.getMap(programRoots.contacts).delete(id));
}
