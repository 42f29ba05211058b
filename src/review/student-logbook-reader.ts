// The student's logbook as the tutor (or officer) sees it: read-only, kept live as the student's
// devices sync. The reader's device follows the document read-only; the server would refuse
// any write anyway.
import { createSignal, onCleanup, type Accessor } from "solid-js";
import { createStore, reconcile, type Store } from "solid-js/store";
import { useServices } from "../app/services";
import { readStudentLogbook, type StudentLogbookData } from "../logbook/student-document";
import { studentDocumentName } from "../logbook/logbook-store";

export interface StudentLogbookReader {
  loaded: Accessor<boolean>;
  data: Store<StudentLogbookData>;
}

export function useStudentLogbookReader(exchangeId: string): StudentLogbookReader {
  const { documents } = useServices();
  const lease = documents.acquire(studentDocumentName(exchangeId));
  const { doc } = lease.document;
  const [loaded, setLoaded] = createSignal(false);
  const [data, setData] = createStore<StudentLogbookData>(readStudentLogbook(doc));
  const refresh = () => setData(reconcile(readStudentLogbook(doc)));
  doc.on("afterTransaction", refresh);
  void lease.document.whenLoaded.then(() => {
    refresh();
    setLoaded(true);
  });
  onCleanup(() => {
    doc.off("afterTransaction", refresh);
    lease.release();
  });
  return { loaded, data };
}
