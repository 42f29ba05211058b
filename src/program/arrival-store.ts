// One exchange's arrival details and the contact person's checklist for that student, as typed
// verbs. Only the exchange's contact person writes; the student reads it on their home screen.
import type { Accessor } from "solid-js";
import type { Store } from "solid-js/store";
import { localEdit } from "../sync/origins";
import * as arrival from "./arrival-document";
import type { ArrivalData, ArrivalTextField, ChecklistItem, ExtraChecklistItem, StayField } from "./arrival-document";
import { useProjectedDocument } from "../sync/projected-document";

export interface ArrivalStore {
  loaded: Accessor<boolean>;
  data: Store<ArrivalData>;
  setWhen(field: "date" | "time", value: string): void;
  setText(field: ArrivalTextField, value: string): void;
  setChecked(item: ChecklistItem, done: boolean): void;
  addItem(label: string): void;
  setExtraDone(item: ExtraChecklistItem, done: boolean): void;
  removeItem(id: string): void;
  setStay(field: StayField, value: string): void;
}

export function useArrival(exchangeId: string, personId: string): ArrivalStore {
  const empty: ArrivalData = arrival.emptyArrival();
  const projected = useProjectedDocument(arrival.arrivalDocumentName(exchangeId), arrival.readArrival, empty);
  const origin = localEdit(personId);
  return {
    loaded: projected.loaded,
    data: projected.data,
    setWhen: (field, value) => projected.write((doc) => arrival.setArrivalWhen(doc, origin, field, value)),
    setText: (field, value) => projected.write((doc) => arrival.setArrivalText(doc, origin, field, value)),
    setChecked(item, done) {
      const at = Date.now();
      projected.write((doc) => arrival.setChecklistItem(doc, origin, item, done, at));
    },
    addItem(label) {
      const at = Date.now();
      projected.write((doc) => void arrival.addChecklistItem(doc, origin, label, at));
    },
    setExtraDone(item, done) {
      const at = Date.now();
      projected.write((doc) => arrival.setExtraItemDone(doc, origin, item, done, at));
    },
    removeItem: (id) => projected.write((doc) => arrival.removeChecklistItem(doc, origin, id)),
    setStay: (field, value) => projected.write((doc) => arrival.setStayText(doc, origin, field, value)),
  };
}
