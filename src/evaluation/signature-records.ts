// What this device knows of its person's signature and of the evaluation's status, in Dexie so
// that it survives reloads and shows offline: the signature queued or sent (and, if refused,
// why), and the server's last answer about the evaluation.
import type { LogbookDatabase } from "../db/schema";
import type { EvaluationStatus } from "./evaluation-status";

export const signatureOutboxKind = "evaluation-signature";

export interface QueuedSignature {
  exchangeId: string;
  contentHash: string;
  signature: string;
  signedAt: number;
}

export interface LocalSignature {
  exchangeId: string;
  contentHash: string;
  signedAt: number;
  state: "queued" | "accepted" | "refused";
  refusal?: { code: string; message: string };
}

const signatureKey = (personId: string) => `evaluation-signature:${personId}`;
const statusKey = (personId: string) => `evaluation-status:${personId}`;

export async function readLocalSignature(db: LogbookDatabase, personId: string): Promise<LocalSignature | null> {
  return ((await db.settings.get(signatureKey(personId)))?.value as LocalSignature | undefined) ?? null;
}

export async function writeLocalSignature(db: LogbookDatabase, personId: string, signature: LocalSignature): Promise<void> {
  await db.settings.put({ key: signatureKey(personId), value: signature });
}

export async function readCachedStatus(db: LogbookDatabase, personId: string): Promise<{ status: EvaluationStatus; fetchedAt: number } | null> {
  const cached = await db.cachedResponses.get(statusKey(personId));
  return cached ? { status: cached.body as EvaluationStatus, fetchedAt: cached.fetchedAt } : null;
}

export async function cacheStatus(db: LogbookDatabase, personId: string, status: EvaluationStatus): Promise<void> {
  await db.cachedResponses.put({ key: statusKey(personId), fetchedAt: Date.now(), body: status });
}
