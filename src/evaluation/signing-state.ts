// Where each signature stands, from what the device knows: its own signature (queued, sent,
// refused) compared with the content as it is now, and the server's last word on the other
// person's. A signature whose hash differs from the current content no longer counts.
import type { Signer } from "./certificate";
import type { EvaluationStatus } from "./evaluation-status";
import type { LocalSignature } from "./signature-records";

export type OwnSignatureState =
  | { kind: "sealed" }
  | { kind: "not-signed" }
  | { kind: "queued" }
  | { kind: "signed" }
  /** The content changed after this person signed (noticed here, or refused by the server). */
  | { kind: "stale" }
  | { kind: "refused"; message: string };

export type OtherSignatureState = "sealed" | "not-signed" | "signed" | "stale";

export function ownSignatureState(input: { sealed: boolean; mine: LocalSignature | null; currentHash: string | null }): OwnSignatureState {
  const { mine } = input;
  if (input.sealed) return { kind: "sealed" };
  if (!mine) return { kind: "not-signed" };
  if (mine.state === "refused") return mine.refusal?.code === "changed-since-signed" ? { kind: "stale" } : { kind: "refused", message: mine.refusal?.message ?? "" };
  if (input.currentHash !== null && mine.contentHash !== input.currentHash) return { kind: "stale" };
  return { kind: mine.state === "queued" ? "queued" : "signed" };
}

export function otherSignatureState(status: EvaluationStatus | null, other: Signer, currentHash: string | null): OtherSignatureState {
  if (status?.sealed) return "sealed";
  const signature = status?.signatures.find((s) => s.role === other);
  if (!signature) return "not-signed";
  // The server's "current" is as of its answer; the device may already hold newer edits.
  return signature.current && (currentHash === null || signature.contentHash === currentHash) ? "signed" : "stale";
}
