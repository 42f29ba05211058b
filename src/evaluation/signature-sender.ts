// Sends queued signatures. It waits until this device's own parts are on the server's disk:
// the server compares a signature with the content it has stored, so a signature sent before
// the edits it covers would be refused as stale.
import type { LogbookDatabase, OutboxItem } from "../db/schema";
import type { OutboxOutcome } from "../sync/outbox";
import { ApiError } from "../session/invite-api";
import { postSignature } from "./evaluation-api";
import { cacheStatus, readLocalSignature, writeLocalSignature, type QueuedSignature } from "./signature-records";

export { signatureOutboxKind } from "./signature-records";
import { finalPartDocumentName } from "./final-parts";
import { studentDocumentName } from "../logbook/logbook-store";

/** The documents whose content the person's signature covers and which they write themselves. */
export function ownSignedDocuments(role: string, exchangeId: string): string[] {
  if (role === "student") return [studentDocumentName(exchangeId), finalPartDocumentName(exchangeId, "student-final")];
  return [finalPartDocumentName(exchangeId, "tutor-final")];
}

export function createSignatureSender(options: { db: LogbookDatabase; isSavedOnServer: (documentName: string) => boolean }) {
  const { db } = options;
  return async (item: OutboxItem): Promise<OutboxOutcome> => {
    const queued = item.payload as QueuedSignature;
    const session = await db.sessions.get(item.personId);
    if (!session) return "done";
    if (!ownSignedDocuments(session.role, queued.exchangeId).every(options.isSavedOnServer)) return "later";
    const local = await readLocalSignature(db, item.personId);
    // A newer signature replaced this one on the device: only the latest is sent.
    if (local && local.contentHash !== queued.contentHash) return "done";
    try {
      const status = await postSignature(session.token, queued.exchangeId, queued);
      await cacheStatus(db, item.personId, status);
      await writeLocalSignature(db, item.personId, { exchangeId: queued.exchangeId, contentHash: queued.contentHash, signedAt: queued.signedAt, state: "accepted" });
      return "done";
    } catch (error) {
      if (!(error instanceof ApiError) || error.status === 0 || error.status >= 500) return "later";
      await writeLocalSignature(db, item.personId, {
        exchangeId: queued.exchangeId,
        contentHash: queued.contentHash,
        signedAt: queued.signedAt,
        state: "refused",
        refusal: { code: error.code, message: error.message },
      });
      return "done";
    }
  };
}
