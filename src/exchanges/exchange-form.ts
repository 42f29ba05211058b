// The exchange as the officer enters it from the tutor's project form, and the rules it must
// meet. Shared by the app (messages at each field) and the server (400 with the same codes),
// so both always agree on what is valid.
export type ExchangeKind = "research" | "professional";

export interface ExchangeForm {
  kind: ExchangeKind;
  projectTitle: string;
  department: string;
  hostInstitution: string;
  tutor: { name: string; email: string };
  description: string;
  requirements: string;
  preparationPapers: { title: string; url: string }[];
  videoCallFirst: boolean;
  student: {
    name: string;
    email: string;
    levelOfStudies: string;
    university: string;
    homeNmo: string;
    homeCountry: string;
  };
  startDate: string;
  endDate: string;
  contact: { name: string; email: string; phone: string };
}

export type FieldProblem = "required" | "email" | "phone" | "date" | "dateOrder" | "periodLength" | "url" | "tooLong" | "kind";
export type FieldProblems = Record<string, FieldProblem>;

export const minExchangeDays = 28;
export const maxExchangeDays = 56;
const maxTextLength = 5000;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A phone number as people write it, to dial from a phone abroad: an optional + and country
 * code, digits grouped by spaces, dashes, dots or brackets, 6 to 15 digits in all (E.164's most).
 */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[\d\s().-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 6 && digits <= 15 && !/[+]/.test(value.slice(1));
}

export function parseIsoDate(value: string): Date | null {
  if (!datePattern.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/** Days from start to end, both included: a 4-week exchange starting on a Monday ends on a Sunday. */
export function periodDays(startDate: string, endDate: string): number | null {
  const start = parseIsoDate(startDate);
  const end = parseIsoDate(endDate);
  if (!start || !end) return null;
  return Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1;
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/** The papers a student reads before coming, as typed (checked by the caller). */
export function readPreparationPapers(value: unknown): { title: string; url: string }[] {
  return (Array.isArray(value) ? value : []).map((paper) => {
    const entry = (typeof paper === "object" && paper !== null ? paper : {}) as Record<string, unknown>;
    return { title: text(entry.title), url: text(entry.url) };
  });
}

export function validateExchangeForm(input: unknown): { ok: true; form: ExchangeForm } | { ok: false; problems: FieldProblems } {
  const raw = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const group = (key: string) => (typeof raw[key] === "object" && raw[key] !== null ? (raw[key] as Record<string, unknown>) : {});
  const problems: FieldProblems = {};
  const required = (path: string, value: string) => {
    if (!value) problems[path] = "required";
    else if (value.length > maxTextLength) problems[path] = "tooLong";
  };
  const email = (path: string, value: string) => {
    required(path, value);
    if (value && !emailPattern.test(value)) problems[path] = "email";
  };

  const tutor = group("tutor");
  const student = group("student");
  const contact = group("contact");
  const form: ExchangeForm = {
    kind: raw.kind === "professional" ? "professional" : "research",
    projectTitle: text(raw.projectTitle),
    department: text(raw.department),
    hostInstitution: text(raw.hostInstitution),
    tutor: { name: text(tutor.name), email: text(tutor.email) },
    description: text(raw.description),
    requirements: text(raw.requirements),
    preparationPapers: readPreparationPapers(raw.preparationPapers),
    videoCallFirst: raw.videoCallFirst === true,
    student: {
      name: text(student.name),
      email: text(student.email),
      levelOfStudies: text(student.levelOfStudies),
      university: text(student.university),
      homeNmo: text(student.homeNmo),
      homeCountry: text(student.homeCountry),
    },
    startDate: text(raw.startDate),
    endDate: text(raw.endDate),
    contact: { name: text(contact.name), email: text(contact.email), phone: text(contact.phone) },
  };

  if (raw.kind !== "research" && raw.kind !== "professional") problems.kind = "kind";
  required("projectTitle", form.projectTitle);
  required("hostInstitution", form.hostInstitution);
  required("tutor.name", form.tutor.name);
  email("tutor.email", form.tutor.email);
  required("student.name", form.student.name);
  email("student.email", form.student.email);
  required("contact.name", form.contact.name);
  email("contact.email", form.contact.email);
  if (form.contact.phone && !isPhoneNumber(form.contact.phone)) problems["contact.phone"] = "phone";
  form.preparationPapers.forEach((paper, index) => {
    required(`preparationPapers.${index}.title`, paper.title);
    if (paper.url && !/^https?:\/\/\S+$/.test(paper.url)) problems[`preparationPapers.${index}.url`] = "url";
  });
  if (!parseIsoDate(form.startDate)) problems.startDate = form.startDate ? "date" : "required";
  if (!parseIsoDate(form.endDate)) problems.endDate = form.endDate ? "date" : "required";
  const days = periodDays(form.startDate, form.endDate);
  if (days !== null) {
    if (days < 1) problems.endDate = "dateOrder";
    else if (days < minExchangeDays || days > maxExchangeDays) problems.endDate = "periodLength";
  }
  return Object.keys(problems).length === 0 ? { ok: true, form } : { ok: false, problems };
}
