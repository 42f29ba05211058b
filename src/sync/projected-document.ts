// Opens a shared document for as long as the calling component lives and projects it into a
// Solid store through a plain reader, re-read after every transaction (local or remote).
//
// It works before the Yjs side has downloaded, so a screen can show its frame and loading
// states at once: the store starts empty, the document is opened when the sync runtime arrives,
// and writes made before the local copy has loaded wait in order and are applied then (writing
// into a document that has not loaded yet would diff texts against empty ones).
import { createSignal, onCleanup, type Accessor } from "solid-js";
import { createStore, reconcile, type Store } from "solid-js/store";
import type * as Y from "yjs";
import { useServices } from "../app/services";
import type { DocumentRegistry } from "./document-registry";

export interface ProjectedDocument<T> {
  /** True once the device's own copy has loaded; until then `data` is the empty value. */
  loaded: Accessor<boolean>;
  data: Store<T>;
  /** Runs `change` on the document now if it has loaded, else once it has, in call order. */
  write(change: (doc: Y.Doc) => void): void;
}

/** Where the documents come from: at once if the sync runtime has loaded, else later. */
export interface DocumentSource {
  now(): DocumentRegistry | undefined;
  later(): Promise<DocumentRegistry>;
}

/** Opens a shared document for as long as the calling component lives, projected through `read`. */
export function useProjectedDocument<T extends object>(name: string, read: (doc: Y.Doc) => T, empty: T): ProjectedDocument<T> {
  const services = useServices();
  const source: DocumentSource = {
    now: () => services.runtime.latest?.documents,
    later: () => services.whenRuntime.then((runtime) => runtime.documents),
  };
  return projectDocument(source, name, read, empty);
}

/** useProjectedDocument without the app's services; call inside a reactive owner. */
export function projectDocument<T extends object>(source: DocumentSource, name: string, read: (doc: Y.Doc) => T, empty: T): ProjectedDocument<T> {
  const [loaded, setLoaded] = createSignal(false);
  const [data, setData] = createStore<T>(empty);
  let open: Y.Doc | null = null;
  let disposed = false;
  let release = () => {};
  const pending: ((doc: Y.Doc) => void)[] = [];

  const attach = (documents: DocumentRegistry) => {
    const lease = documents.acquire(name);
    const { doc } = lease.document;
    const refresh = () => {
      if (!disposed) setData(reconcile(read(doc)));
    };
    doc.on("afterTransaction", refresh);
    release = () => {
      doc.off("afterTransaction", refresh);
      lease.release();
    };
    void lease.document.whenLoaded.then(() => {
      open = doc;
      for (const change of pending.splice(0)) applyAlone(change, doc);
      // A screen that closed with writes still waiting kept the document open only for them.
      if (disposed) return release();
      refresh();
      setLoaded(true);
    });
  };

  onCleanup(() => {
    disposed = true;
    // Writes still waiting keep the document until they are applied (see attach).
    if (open || pending.length === 0) release();
  });
  const documents = source.now();
  if (documents) attach(documents);
  else
    source.later().then(
      (later) => (disposed && pending.length === 0 ? undefined : attach(later)),
      // The runtime failed to load: the screen keeps showing its loading state.
      () => {},
    );

  return {
    loaded,
    data,
    write(change) {
      if (open) change(open);
      else pending.push(change);
    },
  };
}

/** One waiting write that throws must not drop the ones after it; its error still surfaces. */
function applyAlone(change: (doc: Y.Doc) => void, doc: Y.Doc): void {
  try {
    change(doc);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}
