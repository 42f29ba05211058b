// Browsers may evict an origin's data under storage pressure unless it is persisted. We ask once,
// when the person first has something to keep (not on first visit, when browsers tend to refuse),
// and Settings shows the answer with the space used.
import type { LogbookDatabase } from "../db/schema";
import { readSetting, writeSetting } from "../db/settings";

export interface StorageReport {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export async function readStorageReport(): Promise<StorageReport> {
  const storage = navigator.storage;
  const persisted = storage?.persisted ? await storage.persisted() : null;
  const estimate = storage?.estimate ? await storage.estimate() : undefined;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

export async function requestPersistence(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null;
  return navigator.storage.persist();
}

/** Called after the first thing worth keeping is written; asks at most once per device. */
export async function requestPersistenceOnce(db: LogbookDatabase): Promise<void> {
  if (await readSetting(db, "persistence-requested", false)) return;
  await writeSetting(db, "persistence-requested", true);
  await requestPersistence();
}
