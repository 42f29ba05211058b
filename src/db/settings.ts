import type { LogbookDatabase } from "./schema";

export async function readSetting<T>(db: LogbookDatabase, key: string, fallback: T): Promise<T> {
  const record = await db.settings.get(key);
  return record ? (record.value as T) : fallback;
}

export async function writeSetting(db: LogbookDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
