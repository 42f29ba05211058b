// The app's long-lived services, made once per root and handed down by context. Only domain
// stores call `useServices`; components use the stores.
//
// The Yjs side (documents, sync) loads after the first screen, as a separate chunk. Screens
// that need it sit inside RolePage, which waits for it; `documents` and `sync` are only valid
// there, or after awaiting `whenRuntime`.
import {
  createContext,
  createEffect,
  createResource,
  createSignal,
  getOwner,
  on,
  onCleanup,
  runWithOwner,
  useContext,
  type Accessor,
  type ParentProps,
  type Resource,
} from "solid-js";
import { openLogbookDatabase, type LogbookDatabase } from "../db/schema";
import { createConnectivity, type Connectivity } from "../sync/connectivity";
import type { LocalWriteFailure } from "../sync/local-write-errors";
import type { DocumentRegistry } from "../sync/document-registry";
import type { SyncManager } from "../sync/sync-manager";
import type { SyncRuntime } from "../sync/sync-runtime";
import type { Outbox } from "../sync/outbox";

export interface AppServices {
  db: LogbookDatabase;
  connectivity: Connectivity;
  runtime: Resource<SyncRuntime>;
  /** Starts loading the Yjs side if it has not started, and resolves when it is ready. */
  readonly whenRuntime: Promise<SyncRuntime>;
  readonly documents: DocumentRegistry;
  readonly sync: SyncManager;
  readonly outbox: Outbox;
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
  const connectivity = createConnectivity();
  const owner = getOwner();
  // The Yjs side is fetched only for a device that holds work, or once something asks for it
  // (joining, a role screen): a stranger on the welcome page never downloads it.
  let started: Promise<SyncRuntime> | null = null;
  const [wanted, setWanted] = createSignal(false);
  const startRuntime = (): Promise<SyncRuntime> => {
    started ??= import("../sync/sync-runtime").then(({ createSyncRuntime }) => {
      const loadedRuntime = runWithOwner(owner, () =>
        createSyncRuntime({
          db,
          connectivity,
          onFailure: reportLocalWriteFailure,
          baseUrl: `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`,
        }),
      ) as SyncRuntime;
      void registerBackgroundSenders(db, loadedRuntime);
      return loadedRuntime;
    });
    setWanted(true);
    return started;
  };
  // If the device cannot even count its sessions, start anyway rather than risk not syncing.
  void db.sessions.count().then(
    (count) => count > 0 && void startRuntime(),
    () => void startRuntime(),
  );
  const [runtime] = createResource(wanted, startRuntime);
  // Every device that has been online once with this server can check certificates offline:
  // the server's public attestation key is fetched whenever the app starts or comes back
  // online, whatever the screen, and kept (keys are only ever added).
  createEffect(
    on(connectivity.online, (online) => {
      if (online) void import("../evaluation/trusted-keys").then(({ refreshTrustedKeys }) => refreshTrustedKeys(db)).catch(() => {});
    }),
  );
  const loaded = (): SyncRuntime => {
    const value = runtime.latest;
    if (!value) throw new Error("The sync runtime is used before it loaded: wrap the screen in RolePage.");
    return value;
  };
  const services: AppServices = {
    db,
    connectivity,
    runtime,
    get whenRuntime() {
      return startRuntime();
    },
    get documents() {
      return loaded().documents;
    },
    get sync() {
      return loaded().sync;
    },
    get outbox() {
      return loaded().outbox;
    },
    localWriteFailure,
    reportLocalWriteFailure,
    clearLocalWriteFailure: () => setLocalWriteFailure(null),
  };
  onCleanup(() => {
    connectivity.dispose();
    void started?.then((loadedRuntime) => loadedRuntime.dispose());
    db.close();
  });
  return <ServicesContext.Provider value={services}>{props.children}</ServicesContext.Provider>;
}

/** Signatures made offline are sent from the outbox whatever screen is showing. */
async function registerBackgroundSenders(db: LogbookDatabase, loadedRuntime: SyncRuntime): Promise<void> {
  const { createSignatureSender, signatureOutboxKind } = await import("../evaluation/signature-sender");
  const isSavedOnServer = (name: string) => {
    const status = loadedRuntime.sync.statuses[name];
    return status !== undefined && status.connection === "connected" && status.savedOnServer;
  };
  loadedRuntime.outbox.register(signatureOutboxKind, createSignatureSender({ db, isSavedOnServer }));
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices outside AppServicesProvider");
  return services;
}
