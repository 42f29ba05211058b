// Everything that needs Yjs at run time, created together and loaded after the first screen:
// the open documents and the sync manager. Keeping them out of the entry chunk lets the welcome
// and home screens show before the CRDT code has downloaded.
import { createEffect, on } from "solid-js";
import type { LogbookDatabase } from "../db/schema";
import type { Connectivity } from "./connectivity";
import type { LocalWriteFailureListener } from "./local-write-errors";
import { createDocumentRegistry, type DocumentRegistry } from "./document-registry";
import { createSyncManager, type SyncManager } from "./sync-manager";
import { createOutbox, type Outbox } from "./outbox";

export interface SyncRuntime {
  documents: DocumentRegistry;
  sync: SyncManager;
  outbox: Outbox;
  dispose(): Promise<void>;
}

/** Call inside a reactive owner: the sync manager keeps Solid state. */
export function createSyncRuntime(options: {
  db: LogbookDatabase;
  connectivity: Connectivity;
  onFailure: LocalWriteFailureListener;
  baseUrl: string;
}): SyncRuntime {
  const documents = createDocumentRegistry(options.onFailure);
  const sync = createSyncManager({ db: options.db, documents, connectivity: options.connectivity, baseUrl: options.baseUrl });
  void sync.refresh().catch(() => options.onFailure({ kind: "blocked", message: "could not read followed documents", at: Date.now() }));
  // The health check saw the server come back: retry every socket now instead of at its backoff.
  createEffect(on(options.connectivity.online, (online) => online && sync.reconnectAll(), { defer: true }));
  const outbox = createOutbox({ db: options.db, connectivity: options.connectivity });
  return {
    documents,
    sync,
    outbox,
    async dispose() {
      outbox.dispose();
      sync.dispose();
      await documents.closeAll();
    },
  };
}
