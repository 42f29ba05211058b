// Who may read and write which document. Every document has exactly one writing role (the
// program of a local committee: its officers and contact persons), because Yjs cannot stop one
// writer from changing another's part of a document.
export type Role = "student" | "tutor" | "contact" | "officer";
export const roles: readonly Role[] = ["student", "tutor", "contact", "officer"];

export type DocumentKind = "student" | "tutor" | "student-final" | "tutor-final" | "arrival" | "student-arrival" | "program";
export type ExchangeDocumentKind = Exclude<DocumentKind, "program">;
export const exchangeDocumentKinds: readonly ExchangeDocumentKind[] = ["student", "tutor", "student-final", "tutor-final", "arrival", "student-arrival"];

export type Access = "none" | "read" | "write";

export type DocumentRef = { kind: ExchangeDocumentKind; exchangeId: string } | { kind: "program"; committeeId: string };

export interface Person {
  id: string;
  role: Role;
  name: string;
  committeeId: string;
  exchangeId: string | null;
}

export interface AccessContext {
  /** The committee of the document's exchange (null for the program). */
  exchangeCommitteeId: string | null;
  sealed: boolean;
  /** The person's own exchange was cancelled: they keep reading, nobody writes any more. */
  cancelled?: boolean;
}

const exchangeDocumentWriter: Record<ExchangeDocumentKind, Role> = {
  student: "student",
  tutor: "tutor",
  "student-final": "student",
  "tutor-final": "tutor",
  // Arrival details and the pick-up checklist are one student's personal data, so they are not
  // in the committee's program, which every incoming student of the committee reads.
  arrival: "contact",
  // What the student tells the contact person before arriving (date, time, place, travel): the
  // student's own document, so the arrival document keeps its one writer.
  "student-arrival": "student",
};

/** Who besides the writer (and the committee's officers) reads each exchange document. */
const exchangeDocumentReaders: Record<ExchangeDocumentKind, readonly Role[]> = {
  student: ["tutor"],
  tutor: ["student"],
  "student-final": ["tutor"],
  "tutor-final": ["student"],
  arrival: ["student"],
  "student-arrival": ["contact"],
};

const namePattern = /^(exchange)\/([A-Za-z0-9_-]{1,64})\/(student|tutor|student-final|tutor-final|arrival|student-arrival)$|^(committee)\/([A-Za-z0-9_-]{1,64})\/program$/;

export function parseDocumentName(name: string): DocumentRef | null {
  const match = namePattern.exec(name);
  if (!match) return null;
  if (match[1] === "exchange") return { kind: match[3] as ExchangeDocumentKind, exchangeId: match[2] as string };
  return { kind: "program", committeeId: match[5] as string };
}

export function documentName(ref: DocumentRef): string {
  return ref.kind === "program" ? `committee/${ref.committeeId}/program` : `exchange/${ref.exchangeId}/${ref.kind}`;
}

function baseAccess(person: Person, ref: DocumentRef, context: AccessContext): Access {
  if (ref.kind === "program") {
    if (ref.committeeId !== person.committeeId) return "none";
    if (person.role === "officer" || person.role === "contact") return "write";
    return person.role === "student" ? "read" : "none";
  }
  const inCommittee = context.exchangeCommitteeId !== null && context.exchangeCommitteeId === person.committeeId;
  if (person.role === "officer") return inCommittee ? "read" : "none";
  if (person.exchangeId !== ref.exchangeId) return "none";
  if (exchangeDocumentWriter[ref.kind] === person.role) return context.sealed ? "read" : "write";
  return exchangeDocumentReaders[ref.kind].includes(person.role) ? "read" : "none";
}

/**
 * `sealed` makes an evaluation part read-only for everyone; the exchange's committee is needed
 * because officers and the program belong to a local committee.
 */
export function accessTo(person: Person, ref: DocumentRef, context: AccessContext): Access {
  const access = baseAccess(person, ref, context);
  return access === "write" && context.cancelled ? "read" : access;
}

/** The documents a person's device should follow, with the access it has to each. */
export function documentsFor(person: Person, sealed: (name: string) => boolean, cancelled = false): { name: string; access: Access }[] {
  const refs: DocumentRef[] =
    person.exchangeId && person.role !== "officer" ? exchangeDocumentKinds.map((kind) => ({ kind, exchangeId: person.exchangeId as string })) : [];
  if (person.role !== "tutor") refs.push({ kind: "program", committeeId: person.committeeId });
  return refs
    .map((ref) => {
      const name = documentName(ref);
      return { name, access: accessTo(person, ref, { exchangeCommitteeId: person.committeeId, sealed: sealed(name), cancelled }) };
    })
    .filter((entry) => entry.access !== "none");
}
