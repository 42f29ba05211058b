// What the shell needs to know about saving on this device: the last local write failure, a
// retry that writes every open document again, and a flush before the app reloads itself.
import type { Accessor } from "solid-js";
import { classifyStorageError, type LocalWriteFailure } from "../sync/local-write-errors";
import { useServices } from "./services";
import type { SyncSummary } from "../sync/sync-manager";

export interface LocalSaveStore {
  failure: Accessor<LocalWriteFailure | null>;
  retry(): Promise<void>;
  dismiss(): void;
  flushAll(): Promise<void>;
}

export function useLocalSave(): LocalSaveStore {
  const services = useServices();
  return {
    failure: services.localWriteFailure,
    async retry() {
      try {
        await (await services.whenRuntime).documents.saveAllAgain();
        // Only once the write has committed: closing first would let a reload lose it.
        services.clearLocalWriteFailure();
      } catch (error) {
        services.reportLocalWriteFailure(classifyStorageError(error));
      }
    },
    dismiss: services.clearLocalWriteFailure,
    flushAll: async () => services.runtime.latest?.documents.flushAll(),
  };
}

export function useConnectivity(): { online: Accessor<boolean> } {
  return { online: useServices().connectivity.online };
}

const nothingFollowed: SyncSummary = {
  documents: 0,
  waitingChanges: 0,
  unsavedParts: [],
  savedOnServer: false,
  connected: false,
  lastSyncedAt: null,
  refusedReason: null,
  accessLost: false,
};

/** Until the sync code has loaded there is nothing to report yet. */
export function useSyncSummary(): Accessor<SyncSummary> {
  const { runtime } = useServices();
  return () => runtime.latest?.sync.summary() ?? nothingFollowed;
}

/** Reads the sync runtime, suspending the screen until it has loaded. */
export function useSyncRuntimeReady(): Accessor<boolean> {
  const { runtime } = useServices();
  return () => runtime() !== undefined;
}
