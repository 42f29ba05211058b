// What the server says of an exchange's final evaluation (GET /api/evaluations/:id): who signed
// which version, whether the signatures still match the content, and, once sealed, the signed
// content and the certificates. Shared by the server and the devices, which keep the last answer
// for reading offline.
import type { Signer } from "./certificate";
import type { EvaluationContent, ExchangeIdentity } from "./evaluation-content";

export interface SignatureStatus {
  role: Signer;
  name: string;
  contentHash: string;
  signedAt: number;
  /** The signature covers the evaluation as it stands now (or as it was sealed). */
  current: boolean;
}

export interface EvaluationStatus {
  exchangeId: string;
  /** The exchange as the server knows it now: what the signed content must name. */
  exchange: ExchangeIdentity;
  currentHash: string;
  signatures: SignatureStatus[];
  sealed: { contentHash: string; sealedAt: number; content: EvaluationContent } | null;
  /** The certificates the asking person may see: their own, or both for an officer. */
  certificates: Partial<Record<Signer, { code: string; payload: string }>>;
  /** Where /verify is: the server's public address (PUBLIC_ORIGIN), else the one it was reached at. */
  verifyOrigin?: string;
}

/** Why the server refused a signature; the device shows each differently. */
export type SignatureRefusal = "changed-since-signed" | "evaluation-incomplete" | "sealed" | "bad-signature" | "exchange-cancelled" | "too-early";
