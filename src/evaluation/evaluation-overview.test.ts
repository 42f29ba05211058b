import { describe, expect, it } from "vitest";
import { evaluationOverview } from "./evaluation-overview";
import type { EvaluationStatus } from "./evaluation-status";

const period = { startDate: "2026-07-01", endDate: "2026-07-28" };
const exchange = { id: "x", kind: "research" as const, projectTitle: "P", studentName: "S", tutorName: "T", ...period };
const status = (signatures: EvaluationStatus["signatures"], sealed = false): EvaluationStatus => ({
  exchangeId: "x",
  exchange,
  currentHash: "h1",
  signatures,
  sealed: sealed ? { contentHash: "h1", sealedAt: 1, content: {} as never } : null,
  certificates: {},
});
const base = { role: "tutor" as const, mine: null, period, now: new Date("2026-07-28T12:00:00Z"), today: "2026-07-28" };

describe("the final evaluation in one line", () => {
  it("is not open before the last working day, whatever was signed", () => {
    expect(evaluationOverview({ ...base, status: null, now: new Date("2026-07-20T12:00:00Z"), today: "2026-07-20" })).toEqual({ kind: "not-open", opensOn: "2026-07-28" });
  });

  it("says who signed the current version, and sealed once both did", () => {
    expect(evaluationOverview({ ...base, status: null })).toEqual({ kind: "open" });
    const byStudent = status([{ role: "student", name: "S", contentHash: "h1", signedAt: 1, current: true }]);
    expect(evaluationOverview({ ...base, status: byStudent })).toEqual({ kind: "other-signed" });
    const stale = status([{ role: "student", name: "S", contentHash: "h0", signedAt: 1, current: false }]);
    expect(evaluationOverview({ ...base, status: stale })).toEqual({ kind: "open" });
    const mine = { exchangeId: "x", contentHash: "h1", signedAt: 2, state: "queued" as const };
    expect(evaluationOverview({ ...base, status: byStudent, mine })).toEqual({ kind: "you-signed" });
    expect(evaluationOverview({ ...base, status: status([], true) })).toEqual({ kind: "sealed" });
  });
});
