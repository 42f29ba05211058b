// The final evaluation in one line, for a home screen: sealed, not open for signing yet, signed
// by this person or by the other, or open. From what the device knows (the server's last answer,
// kept for offline, and this device's own signature), refreshed from the server when it answers.
import { createResource, type Resource } from "solid-js";
import { useServices } from "../app/services";
import type { SessionRecord } from "../db/schema";
import type { Signer } from "./certificate";
import { fetchEvaluationStatus } from "./evaluation-api";
import type { EvaluationStatus } from "./evaluation-status";
import { cacheStatus, readCachedStatus, readLocalSignature, type LocalSignature } from "./signature-records";
import { otherSignatureState, ownSignatureState } from "./signing-state";
import { signingOpen, signingOpensOn } from "./signing-window";

export type EvaluationOverview =
  | { kind: "sealed" }
  | { kind: "not-open"; opensOn: string }
  | { kind: "you-signed" }
  | { kind: "other-signed" }
  | { kind: "open" };

export function evaluationOverview(input: {
  role: Signer;
  status: EvaluationStatus | null;
  mine: LocalSignature | null;
  period: { startDate: string; endDate: string };
  now: Date;
  today: string;
}): EvaluationOverview {
  const { status } = input;
  if (status?.sealed) return { kind: "sealed" };
  if (!signingOpen(input.period, input.now, input.today)) return { kind: "not-open", opensOn: signingOpensOn(input.period) };
  const currentHash = status?.currentHash ?? null;
  const own = ownSignatureState({ sealed: false, mine: input.mine, currentHash }).kind;
  if (own === "queued" || own === "signed") return { kind: "you-signed" };
  return otherSignatureState(status, input.role === "student" ? "tutor" : "student", currentHash) === "signed" ? { kind: "other-signed" } : { kind: "open" };
}

/** The overview for the session's person; `today` is the device's date. */
export function useEvaluationOverview(session: SessionRecord, today: () => string): Resource<EvaluationOverview | null> {
  const { db } = useServices();
  const role: Signer = session.role === "tutor" ? "tutor" : "student";
  const [overview] = createResource(today, async (day) => {
    const exchange = session.exchange;
    if (!exchange || !session.exchangeId) return null;
    try {
      await cacheStatus(db, session.personId, await fetchEvaluationStatus(session.token, session.exchangeId));
    } catch {
      // Offline or refused: the last answer kept on this device is used.
    }
    const status = (await readCachedStatus(db, session.personId))?.status ?? null;
    return evaluationOverview({ role, status, mine: await readLocalSignature(db, session.personId), period: exchange, now: new Date(), today: day });
  });
  return overview;
}
