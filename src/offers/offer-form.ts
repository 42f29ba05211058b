// The tutor's project form and a student's application, and the rules they must meet. Shared by
// the app (messages at each field) and the server (400 with the same codes), so both agree.
// Every field has a size limit: the public application form is open to anyone.
import { readPreparationPapers, type ExchangeKind } from "../exchanges/exchange-form";

export type OfferState = "draft" | "submitted" | "changes-requested" | "published" | "chosen" | "declined";
export const offerStates: readonly OfferState[] = ["draft", "submitted", "changes-requested", "published", "chosen", "declined"];

export const researchSkillIds = ["literature-study", "data-collection", "scientific-writing", "lab-work", "statistics", "ethics"] as const;

export interface OfferForm {
  kind: ExchangeKind;
  projectTitle: string;
  department: string;
  hostInstitution: string;
  description: string;
  requirements: string;
  /** Research skills the student will learn (ids of `researchSkillIds`). */
  skills: string[];
  periods: string;
  durationWeeks: number;
  places: number;
  preparationPapers: { title: string; url: string }[];
  videoCallFirst: boolean;
}

export type OfferProblem = "required" | "tooLong" | "url" | "range" | "tooMany";
export type OfferProblems = Record<string, OfferProblem>;

export const offerTextLimits = { projectTitle: 200, department: 200, hostInstitution: 200, description: 5000, requirements: 2000, periods: 500 } as const;
export const maxPapers = 10;

export function emptyOfferForm(): OfferForm {
  return { kind: "research", projectTitle: "", department: "", hostInstitution: "", description: "", requirements: "", skills: [], periods: "", durationWeeks: 4, places: 1, preparationPapers: [], videoCallFirst: false };
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
const whole = (value: unknown, fallback: number) => (typeof value === "number" && Number.isInteger(value) ? value : fallback);

/** `complete` asks for what publishing needs; a draft only has to be within the limits. */
export function validateOfferForm(input: unknown, complete: boolean): { ok: true; form: OfferForm } | { ok: false; problems: OfferProblems } {
  const raw = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const form: OfferForm = {
    kind: raw.kind === "professional" ? "professional" : "research",
    projectTitle: text(raw.projectTitle),
    department: text(raw.department),
    hostInstitution: text(raw.hostInstitution),
    description: text(raw.description),
    requirements: text(raw.requirements),
    skills: (Array.isArray(raw.skills) ? raw.skills : []).filter((skill): skill is string => (researchSkillIds as readonly unknown[]).includes(skill)),
    periods: text(raw.periods),
    durationWeeks: whole(raw.durationWeeks, 4),
    places: whole(raw.places, 1),
    preparationPapers: readPreparationPapers(raw.preparationPapers),
    videoCallFirst: raw.videoCallFirst === true,
  };
  const problems: OfferProblems = {};
  for (const [field, limit] of Object.entries(offerTextLimits) as [keyof typeof offerTextLimits, number][]) {
    if (form[field].length > limit) problems[field] = "tooLong";
  }
  if (complete) {
    for (const field of ["projectTitle", "hostInstitution", "description", "periods"] as const) if (!form[field] && !problems[field]) problems[field] = "required";
  }
  if (form.durationWeeks < 4 || form.durationWeeks > 8) problems.durationWeeks = "range";
  if (form.places < 1 || form.places > 10) problems.places = "range";
  if (form.preparationPapers.length > maxPapers) problems.preparationPapers = "tooMany";
  form.preparationPapers.slice(0, maxPapers).forEach((paper, index) => {
    if (paper.title.length > 300) problems[`preparationPapers.${index}.title`] = "tooLong";
    else if (!paper.title) problems[`preparationPapers.${index}.title`] = "required";
    if (paper.url.length > 1000) problems[`preparationPapers.${index}.url`] = "tooLong";
    else if (paper.url && !/^https?:\/\/\S+$/.test(paper.url)) problems[`preparationPapers.${index}.url`] = "url";
  });
  return Object.keys(problems).length === 0 ? { ok: true, form } : { ok: false, problems };
}
