// The student's logbook as the tutor (or officer) sees it: read-only, kept live as the student's
// devices sync. The reader's device follows the document read-only; the server would refuse
// any write anyway.
import type { Accessor } from "solid-js";
import type { Store } from "solid-js/store";
import { useProjectedDocument } from "../sync/projected-document";
import { emptyStudentLogbook, readStudentLogbook, type StudentLogbookData } from "../logbook/student-document";
import { studentDocumentName } from "../logbook/logbook-store";

export interface StudentLogbookReader {
  loaded: Accessor<boolean>;
  data: Store<StudentLogbookData>;
}

export function useStudentLogbookReader(exchangeId: string): StudentLogbookReader {
  const { loaded, data } = useProjectedDocument(studentDocumentName(exchangeId), readStudentLogbook, emptyStudentLogbook());
  return { loaded, data };
}
