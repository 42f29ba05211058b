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
  const unsaved = createUnsavedEdits(name);
  let latestMarker = 0;
  // The marker of an update y-indexeddb was handed but has not queued yet, and of the first one it
  // refused (it throws from its update listener when IndexedDB refuses the write, full disk).
  let handedOver: number | null = null;
  let firstRefused: number | null = null;
  const noteRefusal = () => {
    if (handedOver !== null) firstRefused ??= handedOver;
    handedOver = null;
  };
  let flushScheduled = false;
  // Everything except what y-indexeddb itself loaded is written to IndexedDB by it; until that
  // is committed, the update is also kept in the synchronous net. The net listens before
  // y-indexeddb, so an update IndexedDB refuses is in the net already when y-indexeddb throws.
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin === persistence) return;
    noteRefusal();
    latestMarker = unsaved.remember(update);
    handedOver = latestMarker;
    if (flushScheduled) return;
    flushScheduled = true;
    setTimeout(() => {
      flushScheduled = false;
      noteRefusal();
      // Never past a refused update: it stays in the net until a retry has written it.
      const upTo = firstRefused === null ? latestMarker : firstRefused - 1;
      flush().then(
        () => unsaved.committed(upTo),
        () => {},
      );
    }, 0);
  });
  const persistence = new IndexeddbPersistence(localDatabaseName(name), doc);
  // Runs only if y-indexeddb's listener, registered just before, did not throw for this update.
  doc.on("update", (_update: Uint8Array, origin: unknown) => {
    if (origin !== persistence) handedOver = null;
  });
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
      noteRefusal();
      const upTo = latestMarker;
      // storeState resolves once the write is queued, not committed: wait for the commit, so that
      // "saved" is only said (and the failure dialog only closes) once the data is on the device.
      await storeState(persistence, true);
      await flush();
      // The whole state, refused updates included, is on disk now.
      if (firstRefused !== null && firstRefused <= upTo) firstRefused = null;
      unsaved.committed(upTo);
    },
    destroy: async () => {
      stopWatching();
      unsavedDeletions.dispose();
      await persistence.destroy();
      doc.destroy();
    },
  };
}
