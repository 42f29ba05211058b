// Who may read and write which document. Every document has exactly one writing role (the
// program of a local committee: its officers and contact persons), because Yjs cannot stop one
// writer from changing another's part of a document.
export type Role = "student" | "tutor" | "contact" | "officer";
export const roles: readonly Role[] = ["student", "tutor", "contact", "officer"];

export type DocumentKind = "student" | "tutor" | "student-final" | "tutor-final" | "program";
export const exchangeDocumentKinds: readonly DocumentKind[] = ["student", "tutor", "student-final", "tutor-final"];

export type Access = "none" | "read" | "write";

export type DocumentRef =
  | { kind: Exclude<DocumentKind, "program">; exchangeId: string }
  | { kind: "program"; committeeId: string };

export interface Person {
  id: string;
  role: Role;
  name: string;
  committeeId: string;
  exchangeId: string | null;
}

const exchangeDocumentWriter: Record<Exclude<DocumentKind, "program">, Role> = {
  student: "student",
  tutor: "tutor",
  "student-final": "student",
  "tutor-final": "tutor",
};

const namePattern = /^(exchange)\/([A-Za-z0-9_-]{1,64})\/(student|tutor|student-final|tutor-final)$|^(committee)\/([A-Za-z0-9_-]{1,64})\/program$/;

export function parseDocumentName(name: string): DocumentRef | null {
  const match = namePattern.exec(name);
  if (!match) return null;
  if (match[1] === "exchange") return { kind: match[3] as Exclude<DocumentKind, "program">, exchangeId: match[2] as string };
  return { kind: "program", committeeId: match[5] as string };
}

export function documentName(ref: DocumentRef): string {
  return ref.kind === "program" ? `committee/${ref.committeeId}/program` : `exchange/${ref.exchangeId}/${ref.kind}`;
}

/**
 * `sealed` makes an evaluation part read-only for everyone; the exchange's committee is needed
 * because officers and the program belong to a local committee.
 */
export function accessTo(person: Person, ref: DocumentRef, context: { exchangeCommitteeId: string | null; sealed: boolean }): Access {
  if (ref.kind === "program") {
    if (ref.committeeId !== person.committeeId) return "none";
    if (person.role === "officer" || person.role === "contact") return "write";
    return person.role === "student" ? "read" : "none";
  }
  const inCommittee = context.exchangeCommitteeId !== null && context.exchangeCommitteeId === person.committeeId;
  if (person.role === "officer") return inCommittee ? "read" : "none";
  if (person.exchangeId !== ref.exchangeId) return "none";
  if (person.role === "contact") return "none";
  const writer = exchangeDocumentWriter[ref.kind];
  if (writer === person.role) return context.sealed ? "read" : "write";
  return "read";
}

/** The documents a person's device should follow, with the access it has to each. */
export function documentsFor(person: Person, sealed: (name: string) => boolean): { name: string; access: Access }[] {
  const refs: DocumentRef[] =
    person.exchangeId && person.role !== "contact" && person.role !== "officer"
      ? exchangeDocumentKinds.map((kind) => ({ kind, exchangeId: person.exchangeId as string }) as DocumentRef)
      : [];
  if (person.role !== "tutor") refs.push({ kind: "program", committeeId: person.committeeId });
  return refs
    .map((ref) => {
      const name = documentName(ref);
      return { name, access: accessTo(person, ref, { exchangeCommitteeId: person.committeeId, sealed: sealed(name) }) };
    })
    .filter((entry) => entry.access !== "none");
}
