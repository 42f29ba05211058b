// Opens one shared Yjs document on this device: memory + y-indexeddb. The returned handle knows
// when the local copy has loaded and can wait until every write queued so far is on disk.
import * as Y from "yjs";
import { IndexeddbPersistence, storeState } from "y-indexeddb";
import { watchDatabaseFailures, type LocalWriteFailureListener } from "./local-write-errors";

export interface LocalDocument {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly whenLoaded: Promise<void>;
  /** Resolves once every update written so far has been committed to IndexedDB. */
  flush(): Promise<void>;
  /** Writes the whole in-memory state again: the retry after a failed write (quota, blocked). */
  saveAgain(): Promise<void>;
  destroy(): Promise<void>;
}

export function localDatabaseName(documentName: string): string {
  return `aql-doc:${documentName}`;
}

export function openLocalDocument(name: string, onFailure: LocalWriteFailureListener): LocalDocument {
  const doc = new Y.Doc({ gc: true });
  const persistence = new IndexeddbPersistence(localDatabaseName(name), doc);
  let stopWatching = () => {};
  const whenLoaded = persistence.whenSynced.then(() => {
    if (persistence.db) stopWatching = watchDatabaseFailures(persistence.db, onFailure);
  });
  return {
    name,
    doc,
    whenLoaded,
    flush: async () => {
      await whenLoaded;
      const db = persistence.db;
      if (!db) return;
      // Transactions on one store run in order, so a read-only one completes only after every
      // read-write transaction y-indexeddb queued before it.
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(["updates"], "readonly");
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error);
        tx.objectStore("updates").count();
      });
    },
    saveAgain: async () => {
      await whenLoaded;
      await storeState(persistence, true);
    },
    destroy: async () => {
      stopWatching();
      await persistence.destroy();
      doc.destroy();
    },
  };
}
