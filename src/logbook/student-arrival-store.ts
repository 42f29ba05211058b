// The student's arrival details as typed verbs; the student writes, the contact person reads
// through the same store (its writes are refused by the server for them, and the view offers none).
import type { Accessor } from "solid-js";
import type { Store } from "solid-js/store";
import { localEdit } from "../sync/origins";
import { useProjectedDocument } from "../sync/projected-document";
import * as doc from "./student-arrival-document";

export interface StudentArrivalStore {
  loaded: Accessor<boolean>;
  data: Store<doc.StudentArrival>;
  setWhen(field: "date" | "time", value: string): void;
  setPlaceKind(kind: doc.ArrivalPlaceKind): void;
  setText(field: doc.StudentArrivalTextField, value: string): void;
}

export function useStudentArrival(exchangeId: string, personId: string): StudentArrivalStore {
  const projected = useProjectedDocument(doc.studentArrivalDocumentName(exchangeId), doc.readStudentArrival, doc.emptyStudentArrival());
  const origin = localEdit(personId);
  return {
    loaded: projected.loaded,
    data: projected.data,
    setWhen: (field, value) => projected.write((d) => doc.setStudentArrivalWhen(d, origin, field, value)),
    setPlaceKind: (kind) => projected.write((d) => doc.setArrivalPlaceKind(d, origin, kind)),
    setText: (field, value) => projected.write((d) => doc.setStudentArrivalText(d, origin, field, value)),
  };
}
