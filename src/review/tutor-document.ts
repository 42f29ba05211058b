// The shape of the tutor's document (`exchange/<id>/tutor`), written only by the tutor: the
// project description, a comment per day, the weekly attendance confirmation and the tutor's
// part of each appraisal. As in the student's document, each piece is a root-level type so
// edits from two of the tutor's devices merge instead of replacing each other.
import type * as Y from "yjs";

export const tutorRoots = {
  projectDescription: "projectDescription",
  extraSkills: "extraSkills",
  attendanceConfirmations: "attendanceConfirmations",
  comment: (date: string) => `comment:${date}`,
  appraisal: (id: string) => `tutor-appraisal:${id}`,
  appraisalText: (id: string) => `tutor-appraisal:${id}:text`,
} as const;

export interface TutorDocumentData {
  projectDescription: string;
  extraSkills: string[];
  comments: Record<string, string>;
  attendanceConfirmations: Record<string, { confirmed: boolean; at: number | null; note: string }>;
  appraisals: Record<string, { assessment: string }>;
}

const commentRoot = /^comment:(\d{4}-\d{2}-\d{2})$/;
const appraisalRoot = /^tutor-appraisal:([a-z0-9-]+)$/;

export function readTutorDocument(doc: Y.Doc): TutorDocumentData {
  const comments: Record<string, string> = {};
  const appraisals: Record<string, { assessment: string }> = {};
  for (const name of doc.share.keys()) {
    const date = commentRoot.exec(name)?.[1];
    if (date) comments[date] = doc.getText(name).toString();
    const appraisal = appraisalRoot.exec(name)?.[1];
    if (appraisal) appraisals[appraisal] = { assessment: doc.getText(tutorRoots.appraisalText(appraisal)).toString() };
  }
  const attendanceConfirmations: TutorDocumentData["attendanceConfirmations"] = {};
  for (const [week, value] of doc.getMap<unknown>(tutorRoots.attendanceConfirmations).entries()) {
    if (typeof value !== "object" || value === null) continue;
    const entry = value as Record<string, unknown>;
    attendanceConfirmations[week] = {
      confirmed: entry.confirmed === true,
      at: typeof entry.at === "number" ? entry.at : null,
      note: typeof entry.note === "string" ? entry.note : "",
    };
  }
  return {
    projectDescription: doc.getText(tutorRoots.projectDescription).toString(),
    extraSkills: doc.getArray<unknown>(tutorRoots.extraSkills).toArray().filter((s): s is string => typeof s === "string"),
    comments,
    attendanceConfirmations,
    appraisals,
  };
}
