// Which exchanges need the officer now, and why: the dashboard sorts them first and says so.
// Pure, from the summary's row (counted on the server with the logbook's own rules) and today.
import { addDays } from "../logbook/rules/calendar";
import type { DashboardRow } from "./dashboard-row";

export type JoinRole = keyof DashboardRow["joined"];
export const joinRoles: readonly JoinRole[] = ["student", "tutor", "contact"];

export type AttentionReason =
  | { kind: "notJoined"; who: JoinRole[] }
  | { kind: "quiet"; days: number }
  | { kind: "appraisalOverdue"; count: number }
  | { kind: "evaluationUnsigned" };

/** A week before arrival, everyone should have opened their link. */
export const joinByDaysBeforeStart = 7;
/** Working days without an entry (or a declared absence) before the officer looks. */
export const quietDaysLimit = 3;

export type EvaluationState = "notStarted" | "signedByOne" | "sealed";

export function evaluationState(row: Pick<DashboardRow, "signatures">): EvaluationState {
  if (row.signatures.certificateReady) return "sealed";
  return row.signatures.signedBy.length > 0 ? "signedByOne" : "notStarted";
}

/** Appraisals due before today that the student or the tutor has not filled in. */
export function overdueAppraisals(row: Pick<DashboardRow, "appraisals">, today: string): number {
  return row.appraisals.filter((appraisal) => appraisal.dueDate < today && !(appraisal.studentDone && appraisal.tutorDone)).length;
}

export function attentionReasons(row: DashboardRow, today: string): AttentionReason[] {
  if (row.status === "cancelled") return [];
  const reasons: AttentionReason[] = [];
  const notJoined = joinRoles.filter((role) => !row.joined[role]);
  if (notJoined.length > 0 && today >= addDays(row.startDate, -joinByDaysBeforeStart) && row.status !== "finished") reasons.push({ kind: "notJoined", who: notJoined });
  if (row.status === "ongoing" && row.quietWorkingDays >= quietDaysLimit) reasons.push({ kind: "quiet", days: row.quietWorkingDays });
  const overdue = overdueAppraisals(row, today);
  if (overdue > 0) reasons.push({ kind: "appraisalOverdue", count: overdue });
  if (row.status === "finished" && evaluationState(row) !== "sealed") reasons.push({ kind: "evaluationUnsigned" });
  return reasons;
}
