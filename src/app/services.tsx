// The app's long-lived services, made once per root and handed down by context. Only domain
// stores call `useServices`; components use the stores.
import { createContext, createEffect, createSignal, on, onCleanup, useContext, type Accessor, type ParentProps } from "solid-js";
import { openLogbookDatabase, type LogbookDatabase } from "../db/schema";
import { createDocumentRegistry, type DocumentRegistry } from "../sync/document-registry";
import { createConnectivity, type Connectivity } from "../sync/connectivity";
import type { LocalWriteFailure } from "../sync/local-write-errors";
import { createSyncManager, type SyncManager } from "../sync/sync-manager";

export interface AppServices {
  db: LogbookDatabase;
  documents: DocumentRegistry;
  connectivity: Connectivity;
  sync: SyncManager;
  localWriteFailure: Accessor<LocalWriteFailure | null>;
  reportLocalWriteFailure(failure: LocalWriteFailure): void;
  clearLocalWriteFailure(): void;
}

const ServicesContext = createContext<AppServices>();

export function AppServicesProvider(props: ParentProps) {
  const [localWriteFailure, setLocalWriteFailure] = createSignal<LocalWriteFailure | null>(null);
  const reportLocalWriteFailure = (failure: LocalWriteFailure) => setLocalWriteFailure(failure);
  const db = openLogbookDatabase();
  db.on("blocked", () => reportLocalWriteFailure({ kind: "blocked", message: "blocked", at: Date.now() }));
  const documents = createDocumentRegistry(reportLocalWriteFailure);
  const connectivity = createConnectivity();
  const baseUrl = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`;
  const sync = createSyncManager({ db, documents, connectivity, baseUrl });
  const services: AppServices = {
    db,
    documents,
    connectivity,
    sync,
    localWriteFailure,
    reportLocalWriteFailure,
    clearLocalWriteFailure: () => setLocalWriteFailure(null),
  };
  void sync.refresh().catch(() => reportLocalWriteFailure({ kind: "blocked", message: "could not read followed documents", at: Date.now() }));
  // The health check saw the server come back: retry every socket now instead of at its backoff.
  createEffect(on(connectivity.online, (online) => online && sync.reconnectAll(), { defer: true }));
  onCleanup(() => {
    sync.dispose();
    services.connectivity.dispose();
    void services.documents.closeAll();
    db.close();
  });
  return <ServicesContext.Provider value={services}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices outside AppServicesProvider");
  return services;
}
