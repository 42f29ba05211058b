// The shape of the tutor's document (`exchange/<id>/tutor`), written only by the tutor: the
// project description, a comment per day, the weekly attendance confirmation and the tutor's
// part of each appraisal. As in the student's document, each piece is a root-level type so
// edits from two of the tutor's devices merge instead of replacing each other.
import type * as Y from "yjs";
import type { LastEdit } from "../logbook/student-document";
import { readStamp } from "../logbook/edit-stamp";

export const tutorRoots = {
  projectDescription: "projectDescription",
  extraSkills: "extraSkills",
  attendanceConfirmations: "attendanceConfirmations",
  comment: (date: string) => `comment:${date}`,
  appraisal: (id: string) => `tutor-appraisal:${id}`,
  appraisalText: (id: string) => `tutor-appraisal:${id}:text`,
} as const;

export interface WeekConfirmation {
  confirmed: boolean;
  /** When the tutor confirmed; null while the week is not confirmed. */
  at: number | null;
  note: string;
}

export interface TutorAppraisalData {
  assessment: string;
  lastEdit: LastEdit | null;
}

export interface TutorDocumentData {
  projectDescription: string;
  extraSkills: string[];
  comments: Record<string, string>;
  /** Keyed by `weekKey`: the 1-based exchange week as a plain decimal string ("3"). */
  attendanceConfirmations: Record<string, WeekConfirmation>;
  appraisals: Record<string, TutorAppraisalData>;
}

export const emptyTutorDocument = (): TutorDocumentData => ({ projectDescription: "", extraSkills: [], comments: {}, attendanceConfirmations: {}, appraisals: {} });

/** The key of exchange week `week` in `attendanceConfirmations`: "3", never "week-3" or "03". */
export const weekKey = (week: number): string => String(week);

/** The week a confirmation key stands for, or null for any key `weekKey` would not write. */
export function weekFromKey(key: string): number | null {
  return /^[1-9]\d{0,2}$/.test(key) ? Number(key) : null;
}

const commentRoot = /^comment:(\d{4}-\d{2}-\d{2})$/;
const appraisalRoot = /^tutor-appraisal:([a-z0-9-]+)$/;

function readAppraisal(doc: Y.Doc, id: string): TutorAppraisalData {
  return {
    assessment: doc.getText(tutorRoots.appraisalText(id)).toString(),
    lastEdit: readStamp(doc.getMap<unknown>(tutorRoots.appraisal(id))),
  };
}

/** One entry of `attendanceConfirmations` as stored; null for anything that is not an object. */
export function readWeekConfirmation(value: unknown): WeekConfirmation | null {
  if (typeof value !== "object" || value === null) return null;
  const entry = value as Record<string, unknown>;
  return {
    confirmed: entry.confirmed === true,
    at: typeof entry.at === "number" ? entry.at : null,
    note: typeof entry.note === "string" ? entry.note : "",
  };
}

export function readTutorDocument(doc: Y.Doc): TutorDocumentData {
  const comments: Record<string, string> = {};
  const appraisals: Record<string, TutorAppraisalData> = {};
  for (const name of doc.share.keys()) {
    const date = commentRoot.exec(name)?.[1];
    if (date) comments[date] = doc.getText(name).toString();
    const appraisal = appraisalRoot.exec(name)?.[1];
    if (appraisal) appraisals[appraisal] = readAppraisal(doc, appraisal);
  }
  const attendanceConfirmations: Record<string, WeekConfirmation> = {};
  for (const [week, value] of doc.getMap<unknown>(tutorRoots.attendanceConfirmations).entries()) {
    const confirmation = readWeekConfirmation(value);
    if (confirmation) attendanceConfirmations[week] = confirmation;
  }
  return {
    projectDescription: doc.getText(tutorRoots.projectDescription).toString(),
    extraSkills: doc.getArray<unknown>(tutorRoots.extraSkills).toArray().filter((s): s is string => typeof s === "string"),
    comments,
    attendanceConfirmations,
    appraisals,
  };
}
