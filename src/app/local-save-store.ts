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
      services.clearLocalWriteFailure();
      try {
        await services.documents.saveAllAgain();
      } catch (error) {
        services.reportLocalWriteFailure(classifyStorageError(error));
      }
    },
    dismiss: services.clearLocalWriteFailure,
    flushAll: () => services.documents.flushAll(),
  };
}

export function useConnectivity(): { online: Accessor<boolean> } {
  return { online: useServices().connectivity.online };
}

export function useSyncSummary(): Accessor<SyncSummary> {
  return useServices().sync.summary;
}
