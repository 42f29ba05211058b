// The app's long-lived services, made once per root and handed down by context. Only domain
// stores call `useServices`; components use the stores.
import { createContext, createSignal, onCleanup, useContext, type Accessor, type ParentProps } from "solid-js";
import { openLogbookDatabase, type LogbookDatabase } from "../db/schema";
import { createDocumentRegistry, type DocumentRegistry } from "../sync/document-registry";
import { createConnectivity, type Connectivity } from "../sync/connectivity";
import type { LocalWriteFailure } from "../sync/local-write-errors";

export interface AppServices {
  db: LogbookDatabase;
  documents: DocumentRegistry;
  connectivity: Connectivity;
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
  const services: AppServices = {
    db,
    documents: createDocumentRegistry(reportLocalWriteFailure),
    connectivity: createConnectivity(),
    localWriteFailure,
    reportLocalWriteFailure,
    clearLocalWriteFailure: () => setLocalWriteFailure(null),
  };
  onCleanup(() => {
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
