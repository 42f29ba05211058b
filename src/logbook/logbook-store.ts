// The student's own document (cover, expectations, days, attendance, self-appraisals): typed
// verbs over Yjs for the student's screens. Only the student writes it; tutor and officer read.
import { createSignal, onCleanup, type Accessor } from "solid-js";
import type * as Y from "yjs";
import { useServices } from "../app/services";
import { localEdit } from "../sync/origins";
import { replaceText } from "../sync/y-text-edit";
import { requestPersistenceOnce } from "../settings/storage-persistence";

export interface StudentLogbookStore {
  loaded: Accessor<boolean>;
  expectations: Accessor<string>;
  setExpectations(text: string): void;
}

export const studentDocumentName = (exchangeId: string) => `exchange/${exchangeId}/student`;

function watchText(text: Y.Text): Accessor<string> {
  const [value, setValue] = createSignal(text.toString());
  const refresh = () => setValue(text.toString());
  text.observe(refresh);
  onCleanup(() => text.unobserve(refresh));
  return value;
}

export function useStudentLogbook(exchangeId: string, personId: string): StudentLogbookStore {
  const { documents, db } = useServices();
  const lease = documents.acquire(studentDocumentName(exchangeId));
  onCleanup(() => lease.release());
  const { doc } = lease.document;
  const [loaded, setLoaded] = createSignal(false);
  const expectationsText = doc.getText("expectations");
  const expectations = watchText(expectationsText);
  void lease.document.whenLoaded.then(() => setLoaded(true));
  return {
    loaded,
    expectations,
    setExpectations(text) {
      replaceText(expectationsText, text, localEdit(personId));
      void requestPersistenceOnce(db);
    },
  };
}
