// One part of the final evaluation as a store: read for everyone on the exchange, with writers
// for the person who owns it. Every write is one transaction with the person's origin, as in
// the logbook, and a failed IndexedDB write is reported the same way.
import type { Accessor } from "solid-js";
import type { Store } from "solid-js/store";
import type * as Y from "yjs";
import { useServices } from "../app/services";
import { useProjectedDocument } from "../sync/projected-document";
import { localEdit, transactReporting } from "../sync/origins";
import { classifyStorageError } from "../sync/local-write-errors";
import { replaceText } from "../sync/y-text-edit";
import { requestPersistenceOnce } from "../settings/storage-persistence";
import { emptyFinalPart, finalPartDocumentName, finalPartRoots, readFinalPart, type FinalPartData, type FinalPartSpec } from "./final-parts";

export interface FinalPartStore {
  loaded: Accessor<boolean>;
  data: Store<FinalPartData>;
  setRating(criterion: string, rating: number): void;
  setText(field: string, text: string): void;
}

export function useFinalPart(exchangeId: string, personId: string, spec: FinalPartSpec): FinalPartStore {
  const { db, reportLocalWriteFailure } = useServices();
  const projected = useProjectedDocument(finalPartDocumentName(exchangeId, spec.kind), (d) => readFinalPart(d, spec), emptyFinalPart());
  const origin = localEdit(personId);
  const write = (change: (doc: Y.Doc) => void) => {
    projected.write((doc) => transactReporting(doc, origin, () => change(doc), (error) => reportLocalWriteFailure(classifyStorageError(error))));
    void requestPersistenceOnce(db);
  };
  return {
    loaded: projected.loaded,
    data: projected.data,
    setRating: (criterion, rating) => write((doc) => doc.getMap(finalPartRoots.ratings).set(criterion, rating)),
    setText: (field, text) => write((doc) => replaceText(doc.getText(finalPartRoots.text(field)), text, origin)),
  };
}
