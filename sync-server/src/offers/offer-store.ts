// Where project offers, applications and applicants' files are kept. An interface, so that the
// embedded SQLite store and a PostgreSQL one can both pass one conformance suite
// (offer-store-conformance.ts); every method is async for the same reason. Tokens arrive here
// only as hashes.
import type { OfferForm, OfferState } from "../../../src/offers/offer-form";
import type { ApplicationFields, ApplicationFileKind } from "../../../src/offers/application-form";

export interface StoredOffer {
  id: string;
  committeeId: string;
  tutorName: string;
  tutorEmail: string;
  state: OfferState;
  form: OfferForm | null;
  reviewComment: string | null;
  declineReason: string | null;
  chosenApplicationId: string | null;
  exchangeId: string | null;
  createdAt: number;
  /** When the tutor first saved anything: null means the tutor has not answered. */
  answeredAt: number | null;
  decidedAt: number | null;
}

export interface CallRequest {
  slots: string[];
  picked: string | null;
}

export interface StoredApplication {
  id: string;
  offerId: string;
  fields: ApplicationFields;
  files: ApplicationFileKind[];
  enteredBy: "applicant" | "officer";
  call: CallRequest | null;
  createdAt: number;
}

export type OfferPatch = Partial<Pick<StoredOffer, "state" | "form" | "reviewComment" | "declineReason" | "chosenApplicationId" | "exchangeId" | "answeredAt" | "decidedAt">>;

/** An offer just sent to its tutor: nothing filled in, nothing decided. */
export function newOffer(id: string, committeeId: string, tutor: { name: string; email: string }, createdAt: number): StoredOffer {
  return {
    id,
    committeeId,
    tutorName: tutor.name,
    tutorEmail: tutor.email,
    state: "draft",
    form: null,
    reviewComment: null,
    declineReason: null,
    chosenApplicationId: null,
    exchangeId: null,
    createdAt,
    answeredAt: null,
    decidedAt: null,
  };
}

export class DuplicateApplication extends Error {}

export interface OfferStore {
  createOffer(offer: StoredOffer, linkHash: string): Promise<void>;
  offer(id: string): Promise<StoredOffer | null>;
  offersOf(committeeId: string): Promise<StoredOffer[]>;
  /** Offers whose tutor chose or declined before `at`: their other applicants' data is due for deletion. */
  offersDecidedBefore(at: number): Promise<StoredOffer[]>;
  updateOffer(id: string, patch: OfferPatch): Promise<void>;
  /** A new link for the offer's tutor: the old one and any access it gave stop working. */
  replaceLink(offerId: string, linkHash: string): Promise<void>;
  /** The offer a link leads to, while it is unused. */
  offerByLink(linkHash: string): Promise<StoredOffer | null>;
  /** Marks the link used and records the access token it became; false if already used. */
  redeemLink(linkHash: string, accessHash: string): Promise<boolean>;
  offerByAccess(accessHash: string): Promise<StoredOffer | null>;
  /** Throws DuplicateApplication when that e-mail already applied to that offer; stores nothing then. */
  addApplication(application: StoredApplication, emailKey: string, tokenHash: string | null, files: Partial<Record<ApplicationFileKind, Uint8Array>>): Promise<void>;
  application(id: string): Promise<StoredApplication | null>;
  applicationByToken(tokenHash: string): Promise<StoredApplication | null>;
  applicationsOf(offerId: string): Promise<StoredApplication[]>;
  setCall(applicationId: string, call: CallRequest | null): Promise<void>;
  file(applicationId: string, kind: ApplicationFileKind): Promise<Uint8Array | null>;
  /** Deletes applications with their files; returns how many were deleted. */
  deleteApplications(ids: readonly string[]): Promise<number>;
  close(): Promise<void>;
}
