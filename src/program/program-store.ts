// The committee's program as typed verbs for the program editor and the student's view. Reads
// come from a Solid store kept in step with the Yjs document, which the sync manager keeps
// connected (it is among the session's followed documents), so all of it works offline.
import type { Accessor } from "solid-js";
import type { Store } from "solid-js/store";
import type * as Y from "yjs";
import type { SessionRecord } from "../db/schema";
import { localEdit } from "../sync/origins";
import * as program from "./program-document";
import { useProjectedDocument } from "../sync/projected-document";
import type { AccommodationField, BoardingField, ContactKind, ContactTextField, EventTextField, EventTimeField, ProgramData } from "./program-document";

export interface ProgramStore {
  loaded: Accessor<boolean>;
  data: Store<ProgramData>;
  addEvent(): string;
  setEventText(id: string, field: EventTextField, value: string): void;
  setEventTime(id: string, field: EventTimeField, value: string): void;
  removeEvent(id: string): void;
  setAccommodation(field: AccommodationField, value: string): void;
  setBoarding(field: BoardingField, value: string): void;
  addContact(kind: ContactKind): string;
  setContactText(id: string, field: ContactTextField, value: string): void;
  setContactKind(id: string, kind: ContactKind): void;
  removeContact(id: string): void;
  setTimeZone(timeZone: string): void;
}

export function useProgram(session: Pick<SessionRecord, "localCommitteeId" | "personId">): ProgramStore {
  const empty: ProgramData = {
    timeZone: "",
    events: [],
    accommodation: { address: "", host: "", checkIn: "", notes: "" },
    boarding: { where: "", how: "" },
    contacts: [],
  };
  const projected = useProjectedDocument(program.programDocumentName(session.localCommitteeId ?? ""), program.readProgram, empty);
  const origin = localEdit(session.personId);
  const { write } = projected;
  // Event times are wall-clock times of the committee's city; the first editor's device says which zone that is.
  const ensureTimeZone = (doc: Y.Doc) => {
    if (!program.readTimeZone(doc)) program.setTimeZone(doc, origin, Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  };
  // Ids are chosen now, so a new event or contact can be named before the document has loaded.
  return {
    loaded: projected.loaded,
    data: projected.data,
    addEvent() {
      const id = program.randomId();
      const now = Date.now();
      write((doc) => {
        ensureTimeZone(doc);
        program.createEvent(doc, origin, {}, now, id);
      });
      return id;
    },
    setEventText: (id, field, value) => write((doc) => program.setEventText(doc, origin, id, field, value)),
    setEventTime: (id, field, value) => write((doc) => program.setEventTime(doc, origin, id, field, value)),
    removeEvent: (id) => write((doc) => program.deleteEvent(doc, origin, id)),
    setAccommodation: (field, value) => write((doc) => program.setAccommodation(doc, origin, field, value)),
    setBoarding: (field, value) => write((doc) => program.setBoarding(doc, origin, field, value)),
    addContact(kind) {
      const id = program.randomId();
      const now = Date.now();
      write((doc) => program.createContact(doc, origin, kind, {}, now, id));
      return id;
    },
    setContactText: (id, field, value) => write((doc) => program.setContactText(doc, origin, id, field, value)),
    setContactKind: (id, kind) => write((doc) => program.setContactKind(doc, origin, id, kind)),
    removeContact: (id) => write((doc) => program.deleteContact(doc, origin, id)),
    setTimeZone: (timeZone) => write((doc) => program.setTimeZone(doc, origin, timeZone)),
  };
}
