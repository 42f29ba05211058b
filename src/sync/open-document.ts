// Opens one shared Yjs document on this device: memory + y-indexeddb. The returned handle knows
// when the local copy has loaded and can wait until every write queued so far is on disk.
import * as Y from "yjs";
import { IndexeddbPersistence, storeState } from "y-indexeddb";
import { watchDatabaseFailures, type LocalWriteFailureListener } from "./local-write-errors";
import { createUnsavedEdits } from "./unsaved-edits";
import { trackUnsavedDeletions, type UnsavedDeletions } from "./unsaved-deletions";

export interface LocalDocument {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly whenLoaded: Promise<void>;
  /** This device's deletions the server has not committed yet (noted from the first edit on). */
  readonly unsavedDeletions: UnsavedDeletions;
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
  const unsavedDeletions = trackUnsavedDeletions(doc, name);
  const persistence = new IndexeddbPersistence(localDatabaseName(name), doc);
  const unsaved = createUnsavedEdits(name);
  let stopWatching = () => {};
  // Transactions on one store run in order, so a read-only one completes only after every
  // read-write transaction y-indexeddb queued before it.
  const flush = async () => {
    await whenLoaded;
    const db = persistence.db;
    if (!db) return;
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(["updates"], "readonly");
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error);
      tx.objectStore("updates").count();
    });
  };
  let flushScheduled = false;
  let latestMarker = 0;
  // Everything except what y-indexeddb itself loaded is written to IndexedDB by it; until that
  // is committed, the update is also kept in the synchronous net.
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin === persistence) return;
    latestMarker = unsaved.remember(update);
    if (flushScheduled) return;
    flushScheduled = true;
    setTimeout(() => {
      flushScheduled = false;
      const upTo = latestMarker;
      flush().then(
        () => unsaved.committed(upTo),
        () => {},
      );
    }, 0);
  });
  const whenLoaded = persistence.whenSynced.then(() => {
    if (persistence.db) stopWatching = watchDatabaseFailures(persistence.db, onFailure);
    unsaved.restoreInto(doc, "restore-unsaved");
  });
  return {
    name,
    doc,
    whenLoaded,
    unsavedDeletions,
    flush,
    saveAgain: async () => {
      await whenLoaded;
      // storeState resolves once the write is queued, not committed: wait for the commit, so that
      // "saved" is only said (and the failure dialog only closes) once the data is on the device.
      await storeState(persistence, true);
      await flush();
    },
    destroy: async () => {
      stopWatching();
      unsavedDeletions.dispose();
      await persistence.destroy();
      doc.destroy();
    },
  };
}
