// The two parts of the final evaluation, each its own document so that sealing one makes it
// read-only as a whole (DESIGN.md): the tutor's "General evaluation of the student's
// performance" (`exchange/<id>/tutor-final`) and the student's feedback on the exchange
// (`exchange/<id>/student-final`). Both have the same shape: ratings on a 1–5 scale in one map,
// and each free-text answer in its own root-level Y.Text, so two devices typing in different
// answers merge instead of replacing each other.
import type * as Y from "yjs";

export type FinalPartKind = "student-final" | "tutor-final";

export interface FinalPartSpec {
  kind: FinalPartKind;
  /** Criteria rated 1 (poor) to 5 (excellent). */
  criteria: readonly string[];
  /** Free-text answers; those in `requiredTexts` must be written before the part is complete. */
  texts: readonly string[];
  requiredTexts: readonly string[];
}

export const tutorEvaluationSpec: FinalPartSpec = {
  kind: "tutor-final",
  criteria: ["knowledge", "skills", "initiative", "communication", "reliability", "overall"],
  texts: ["strengths", "improvements", "remarks"],
  requiredTexts: ["strengths"],
};

export const studentFeedbackSpec: FinalPartSpec = {
  kind: "student-final",
  criteria: ["projectQuality", "supervision", "learning", "integration", "overall"],
  texts: ["highlights", "improvements", "remarks"],
  requiredTexts: ["highlights"],
};

export const ratingScale = [1, 2, 3, 4, 5] as const;

export const finalPartRoots = {
  ratings: "ratings",
  text: (field: string) => `text:${field}`,
} as const;

export interface FinalPartData {
  ratings: Record<string, number>;
  texts: Record<string, string>;
}

export const emptyFinalPart = (): FinalPartData => ({ ratings: {}, texts: {} });

const isRating = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;

/**
 * Reads only the criteria and answers the spec names, so a device that wrote an unknown key or
 * an out-of-range rating cannot smuggle it into the signed evaluation.
 */
export function readFinalPart(doc: Y.Doc, spec: FinalPartSpec): FinalPartData {
  const ratings: Record<string, number> = {};
  const stored = doc.getMap<unknown>(finalPartRoots.ratings);
  for (const criterion of spec.criteria) {
    const value = stored.get(criterion);
    if (isRating(value)) ratings[criterion] = value;
  }
  const texts: Record<string, string> = {};
  for (const field of spec.texts) texts[field] = doc.getText(finalPartRoots.text(field)).toString();
  return { ratings, texts };
}

/** What is still missing before the part can be signed: unrated criteria and required answers. */
export function missingInPart(part: FinalPartData, spec: FinalPartSpec): string[] {
  return [
    ...spec.criteria.filter((criterion) => !isRating(part.ratings[criterion])),
    ...spec.requiredTexts.filter((field) => (part.texts[field] ?? "").trim() === ""),
  ];
}

export const finalPartDocumentName = (exchangeId: string, kind: FinalPartKind) => `exchange/${exchangeId}/${kind}`;
