// The document readers the server runs on stored content, by name, so that a worker thread can be
// asked to run one: a function cannot be sent to a worker, its name can. They are the app's own
// readers, so the dashboard and the signed evaluation read documents as the devices do.
import type * as Y from "yjs";
import { readStudentLogbook } from "../../../src/logbook/student-document";
import { readTutorDocument } from "../../../src/review/tutor-document";
import { readArrival } from "../../../src/program/arrival-document";
import { readFinalPart, studentFeedbackSpec, tutorEvaluationSpec } from "../../../src/evaluation/final-parts";

export const contentReaders = {
  "student-logbook": readStudentLogbook,
  "tutor-document": readTutorDocument,
  "student-final": (doc: Y.Doc) => readFinalPart(doc, studentFeedbackSpec),
  "tutor-final": (doc: Y.Doc) => readFinalPart(doc, tutorEvaluationSpec),
  arrival: readArrival,
} satisfies Record<string, (doc: Y.Doc) => unknown>;

export type ContentReader = keyof typeof contentReaders;
export type ContentOf<R extends ContentReader> = ReturnType<(typeof contentReaders)[R]>;
