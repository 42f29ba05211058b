// The tutor's writes as plain functions of a Y.Doc, so they can be tested without a browser: the
// store (tutor-review-store.ts) hands in the document, the person's origin, who is editing and a
// clock. Each verb is exactly one transaction with that origin.
import type * as Y from "yjs";
import { transactReporting, type WriteOrigin } from "../sync/origins";
import { replaceText } from "../sync/y-text-edit";
import { readWeekConfirmation, tutorRoots, weekKey, type WeekConfirmation } from "./tutor-document";
import { writeStamp, type Editor } from "../logbook/edit-stamp";

export interface TutorReviewWriter {
  setComment(date: string, text: string): void;
  /** Confirms (or withdraws) a week; the time of confirmation is kept while only the note changes. */
  confirmWeek(week: number, confirmed: boolean, note: string): void;
  setTutorAppraisal(appraisalId: string, text: string): void;
}

export interface TutorReviewWriterOptions {
  origin: WriteOrigin;
  /** "Dr. Ana Tutor · Linux laptop", with the person and device: stamped on appraisals, as on the student's entries. */
  editor: Editor;
  now: () => number;
  /** A write that throws on this device (full disk) is reported here instead of breaking the screen. */
  onFailure: (error: unknown) => void;
}

export function createTutorReviewWriter(doc: Y.Doc, options: TutorReviewWriterOptions): TutorReviewWriter {
  const { origin, editor, now, onFailure } = options;
  const write = (change: () => void) => transactReporting(doc, origin, change, onFailure);
  return {
    setComment: (date, text) => write(() => replaceText(doc.getText(tutorRoots.comment(date)), text, origin)),
    confirmWeek: (week, confirmed, note) =>
      write(() => {
        const confirmations = doc.getMap<unknown>(tutorRoots.attendanceConfirmations);
        const previous = readWeekConfirmation(confirmations.get(weekKey(week)));
        const keptAt = previous?.confirmed ? previous.at : null;
        const entry: WeekConfirmation = { confirmed, at: confirmed ? (keptAt ?? now()) : null, note };
        confirmations.set(weekKey(week), entry);
      }),
    setTutorAppraisal: (appraisalId, text) =>
      write(() => {
        replaceText(doc.getText(tutorRoots.appraisalText(appraisalId)), text, origin);
        writeStamp(doc.getMap<unknown>(tutorRoots.appraisal(appraisalId)), editor, now());
      }),
  };
}
