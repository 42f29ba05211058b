// The tutor's own document as typed verbs for the tutor's screens: comments on the student's
// days, the weekly attendance confirmation and the tutor's part of each appraisal. Reads come
// from a Solid store kept in step with the Yjs document; writes are createTutorReviewWriter's.
import type { Accessor } from "solid-js";
import type { Store } from "solid-js/store";
import type * as Y from "yjs";
import { useServices } from "../app/services";
import { useProjectedDocument } from "../sync/projected-document";
import { localEdit } from "../sync/origins";
import { classifyStorageError } from "../sync/local-write-errors";
import { requestPersistenceOnce } from "../settings/storage-persistence";
import { describeDevice } from "../session/device-name";
import type { SessionRecord } from "../db/schema";
import { emptyTutorDocument, readTutorDocument, type TutorDocumentData } from "./tutor-document";
import { tutorDocumentName } from "./tutor-document-reader";
import { createTutorReviewWriter, type TutorReviewWriter, type TutorReviewWriterOptions } from "./tutor-review-writes";
import { editorFor } from "../logbook/device-tag-store";

export interface TutorReviewStore extends TutorReviewWriter {
  loaded: Accessor<boolean>;
  data: Store<TutorDocumentData>;
}

export function useTutorReview(session: Pick<SessionRecord, "exchangeId" | "personId" | "name">): TutorReviewStore {
  const { db, reportLocalWriteFailure } = useServices();
  const projected = useProjectedDocument(tutorDocumentName(session.exchangeId ?? ""), readTutorDocument, emptyTutorDocument());
  const options: TutorReviewWriterOptions = {
    origin: localEdit(session.personId),
    editor: editorFor(db, `${session.name} · ${describeDevice()}`, session.personId),
    now: Date.now,
    onFailure: (error) => reportLocalWriteFailure(classifyStorageError(error)),
  };
  // The document exists only once the Yjs side has loaded; the writer is made for it then.
  let writer: TutorReviewWriter | null = null;
  const writerFor = (doc: Y.Doc) => (writer ??= createTutorReviewWriter(doc, options));
  // Ask once for persistent storage when the tutor first writes something worth keeping.
  const write = (verb: (writer: TutorReviewWriter) => void) => {
    projected.write((doc) => verb(writerFor(doc)));
    void requestPersistenceOnce(db);
  };
  return {
    loaded: projected.loaded,
    data: projected.data,
    setComment: (date, text) => write((w) => w.setComment(date, text)),
    confirmWeek: (week, confirmed, note) => write((w) => w.confirmWeek(week, confirmed, note)),
    setTutorAppraisal: (appraisalId, text) => write((w) => w.setTutorAppraisal(appraisalId, text)),
  };
}
