// The attestation keys this device trusts, kept in Dexie so certificates verify offline. The
// key comes from the server this app was loaded from (GET /api/attestation-key), fetched
// whenever it can be reached; keys are only ever added, so older certificates keep verifying.
import type { LogbookDatabase } from "../db/schema";
import { fetchAttestationKey } from "./evaluation-api";
import { trustedKeyOf, type TrustedKey } from "./certificate";

const settingKey = "attestation-keys";

export async function readTrustedKeys(db: LogbookDatabase): Promise<TrustedKey[]> {
  return ((await db.settings.get(settingKey))?.value as TrustedKey[] | undefined) ?? [];
}

/** Fetches the server's key and remembers it; returns what is trusted afterwards (also when offline). */
export async function refreshTrustedKeys(db: LogbookDatabase): Promise<TrustedKey[]> {
  const known = await readTrustedKeys(db);
  try {
    const published = await fetchAttestationKey();
    // The key id is recomputed here rather than taken from the answer.
    const key = await trustedKeyOf(published.publicKey);
    if (known.some((k) => k.keyId === key.keyId)) return known;
    const next = [...known, key];
    await db.settings.put({ key: settingKey, value: next });
    return next;
  } catch {
    return known;
  }
}
