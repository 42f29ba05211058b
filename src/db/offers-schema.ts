// Device-local data for project offers and applications, in a Dexie database of its own (the
// logbook's schema is not theirs to grow): the access tokens a tutor's or applicant's link
// became, the tutor's draft of the project form (the only copy until it reaches the server),
// the last answers of the server, and applicants' files once opened, so they read offline.
import Dexie, { type EntityTable } from "dexie";
import type { OfferForm } from "../offers/offer-form";

export interface OfferAccess {
  /** The offer id for a tutor; the application id for an applicant. */
  id: string;
  kind: "tutor" | "applicant";
  token: string;
}

export interface OfferDraft {
  offerId: string;
  form: OfferForm;
  savedAt: number;
  /** When the server last had this draft; null while it has only the device's copy. */
  sentAt: number | null;
}

export interface OfferCache {
  key: string;
  value: unknown;
  fetchedAt: number;
}

export interface OfferFile {
  key: string;
  bytes: ArrayBuffer;
}

export type OffersDatabase = Dexie & {
  access: EntityTable<OfferAccess, "id">;
  drafts: EntityTable<OfferDraft, "offerId">;
  cache: EntityTable<OfferCache, "key">;
  files: EntityTable<OfferFile, "key">;
};

export function openOffersDatabase(name = "aql-offers"): OffersDatabase {
  const db = new Dexie(name) as OffersDatabase;
  db.version(1).stores({ access: "id", drafts: "offerId", cache: "key", files: "key" });
  return db;
}
