import { describe, expect, it } from "vitest";
import { otherSignatureState, ownSignatureState } from "./signing-state";
import type { EvaluationStatus } from "./evaluation-status";
import type { LocalSignature } from "./signature-records";

const mine = (overrides: Partial<LocalSignature> = {}): LocalSignature => ({ exchangeId: "e", contentHash: "h1", signedAt: 1, state: "accepted", ...overrides });
const status = (signatures: EvaluationStatus["signatures"], sealed = false): EvaluationStatus => ({
  exchangeId: "e",
  exchange: { id: "e", kind: "research", projectTitle: "P", studentName: "S", tutorName: "T", startDate: "2026-07-01", endDate: "2026-07-28" },
  currentHash: "h1",
  signatures,
  sealed: sealed ? { contentHash: "h1", sealedAt: 2, content: {} as never } : null,
  certificates: {},
});

describe("own signature state", () => {
  it("follows the signature from queued to signed, and goes stale when the content changes", () => {
    expect(ownSignatureState({ sealed: false, mine: null, currentHash: "h1" })).toEqual({ kind: "not-signed" });
    expect(ownSignatureState({ sealed: false, mine: mine({ state: "queued" }), currentHash: "h1" })).toEqual({ kind: "queued" });
    expect(ownSignatureState({ sealed: false, mine: mine(), currentHash: "h1" })).toEqual({ kind: "signed" });
    expect(ownSignatureState({ sealed: false, mine: mine({ state: "queued" }), currentHash: "h2" })).toEqual({ kind: "stale" });
    expect(ownSignatureState({ sealed: true, mine: mine(), currentHash: "h2" })).toEqual({ kind: "sealed" });
  });

  it("shows the server's refusal: stale for a changed evaluation, its message otherwise", () => {
    expect(ownSignatureState({ sealed: false, mine: mine({ state: "refused", refusal: { code: "changed-since-signed", message: "m" } }), currentHash: "h1" })).toEqual({ kind: "stale" });
    expect(ownSignatureState({ sealed: false, mine: mine({ state: "refused", refusal: { code: "bad-signature", message: "No." } }), currentHash: "h1" })).toEqual({
      kind: "refused",
      message: "No.",
    });
  });
});

describe("the other person's signature", () => {
  it("counts only when it covers the content the device holds now", () => {
    expect(otherSignatureState(null, "tutor", "h1")).toBe("not-signed");
    expect(otherSignatureState(status([{ role: "tutor", name: "T", contentHash: "h1", signedAt: 1, current: true }]), "tutor", "h1")).toBe("signed");
    expect(otherSignatureState(status([{ role: "tutor", name: "T", contentHash: "h1", signedAt: 1, current: true }]), "tutor", "h2")).toBe("stale");
    expect(otherSignatureState(status([{ role: "tutor", name: "T", contentHash: "h0", signedAt: 1, current: false }]), "tutor", null)).toBe("stale");
    expect(otherSignatureState(status([{ role: "student", name: "S", contentHash: "h1", signedAt: 1, current: true }]), "tutor", "h1")).toBe("not-signed");
    expect(otherSignatureState(status([], true), "tutor", "h9")).toBe("sealed");
  });
});
