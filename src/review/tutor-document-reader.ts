// Read-only access to the tutor's document for the student's screens (project description,
// the host's extra skills, the tutor's comments). The student's device follows it read-only.
import { createSignal, onCleanup, type Accessor } from "solid-js";
import { useServices } from "../app/services";
import { readTutorDocument, type TutorDocumentData } from "./tutor-document";

export const tutorDocumentName = (exchangeId: string) => `exchange/${exchangeId}/tutor`;

export function useTutorDocumentReader(exchangeId: string): Accessor<TutorDocumentData | null> {
  const { documents } = useServices();
  const lease = documents.acquire(tutorDocumentName(exchangeId));
  const { doc } = lease.document;
  const [data, setData] = createSignal<TutorDocumentData | null>(null);
  const refresh = () => setData(readTutorDocument(doc));
  doc.on("afterTransaction", refresh);
  void lease.document.whenLoaded.then(refresh);
  onCleanup(() => {
    doc.off("afterTransaction", refresh);
    lease.release();
  });
  return data;
}
