import { createResource, type Resource } from "solid-js";
import { readStorageReport, requestPersistence, type StorageReport } from "./storage-persistence";

export interface StorageStore {
  report: Resource<StorageReport>;
  askForProtection(): Promise<void>;
}

export function useStorageStore(): StorageStore {
  const [report, { refetch }] = createResource(readStorageReport);
  return {
    report,
    async askForProtection() {
      await requestPersistence();
      await refetch();
    },
  };
}
