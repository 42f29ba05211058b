// Read-only access to the tutor's document for the student's screens (project description,
// the host's extra skills, the tutor's comments). The student's device follows it read-only.
import type { Store } from "solid-js/store";
import { useProjectedDocument } from "../sync/projected-document";
import { emptyTutorDocument, readTutorDocument, type TutorDocumentData } from "./tutor-document";

export const tutorDocumentName = (exchangeId: string) => `exchange/${exchangeId}/tutor`;

export function useTutorDocumentReader(exchangeId: string): Store<TutorDocumentData> {
  return useProjectedDocument(tutorDocumentName(exchangeId), readTutorDocument, emptyTutorDocument()).data;
}
