// The tutor's own document as typed verbs for the tutor's screens: comments on the student's
// days, the weekly attendance confirmation and the tutor's part of each appraisal. Reads come
// from a Solid store kept in step with the Yjs document; writes are createTutorReviewWriter's.
import type { Accessor } from "solid-js";
import type { Store } from "solid-js/store";
import { useServices } from "../app/services";
import { useProjectedDocument } from "../sync/projected-document";
import { localEdit } from "../sync/origins";
import { classifyStorageError } from "../sync/local-write-errors";
import { requestPersistenceOnce } from "../settings/storage-persistence";
import { describeDevice } from "../session/device-name";
import type { SessionRecord } from "../db/schema";
import { emptyTutorDocument, readTutorDocument, type TutorDocumentData } from "./tutor-document";
import { tutorDocumentName } from "./tutor-document-reader";
import { createTutorReviewWriter, type TutorReviewWriter } from "./tutor-review-writes";

export interface TutorReviewStore extends TutorReviewWriter {
  loaded: Accessor<boolean>;
  data: Store<TutorDocumentData>;
}

export function useTutorReview(session: Pick<SessionRecord, "exchangeId" | "personId" | "name">): TutorReviewStore {
  const { db, reportLocalWriteFailure } = useServices();
  const { doc, loaded, data } = useProjectedDocument(tutorDocumentName(session.exchangeId ?? ""), readTutorDocument, emptyTutorDocument());
  const writer = createTutorReviewWriter(doc, {
    origin: localEdit(session.personId),
    editor: `${session.name} · ${describeDevice()}`,
    now: Date.now,
    onFailure: (error) => reportLocalWriteFailure(classifyStorageError(error)),
  });
  // Ask once for persistent storage when the tutor first writes something worth keeping.
  const persisting = <A extends unknown[]>(verb: (...args: A) => void) => (...args: A) => {
    verb(...args);
    void requestPersistenceOnce(db);
  };
  return {
    loaded,
    data,
    setComment: persisting(writer.setComment),
    confirmWeek: persisting(writer.confirmWeek),
    setTutorAppraisal: persisting(writer.setTutorAppraisal),
  };
}
