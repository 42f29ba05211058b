// Opens a shared document for as long as the calling component lives and projects it into a
// Solid store through a plain reader, re-read after every transaction (local or remote).
import { createSignal, onCleanup, type Accessor } from "solid-js";
import { createStore, reconcile, type Store } from "solid-js/store";
import type * as Y from "yjs";
import { useServices } from "../app/services";

/** Opens a shared document for as long as the calling component lives, projected through `read`. */
export function useProjectedDocument<T extends object>(name: string, read: (doc: Y.Doc) => T, empty: T): { doc: Y.Doc; loaded: Accessor<boolean>; data: Store<T> } {
  const { documents } = useServices();
  const lease = documents.acquire(name);
  const { doc } = lease.document;
  const [loaded, setLoaded] = createSignal(false);
  const [data, setData] = createStore<T>(empty);
  const refresh = () => setData(reconcile(read(doc)));
  doc.on("afterTransaction", refresh);
  onCleanup(() => {
    doc.off("afterTransaction", refresh);
    lease.release();
  });
  void lease.document.whenLoaded.then(() => {
    refresh();
    setLoaded(true);
  });
  return { doc, loaded, data };
}

