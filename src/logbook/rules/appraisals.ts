// The IFMSA regular assessment: when the appraisals of an exchange fall due, when each can be
// filled in, and which one the student should do now.
//
// Vocabulary. An *appraisal* is a dated event: the student and tutor look back and fill in a
// form. An *assessment block* is the span of days that an appraisal looks back on. The IFMSA
// logbook lists them interleaved ("first two weeks", mid-exchange appraisal, "last two weeks",
// end-of-exchange appraisal); here they are two lists linked by `appraisalId`.
//
// Schemes, chosen by the length of the period:
// - "4-week" (up to 35 days, so a 5-week exchange still counts as a 4-week one):
//   mid-exchange (end of week 2), end-of-exchange (last day);
//   blocks "first two weeks" (days 1–14) and "last two weeks" (day 15 to the end).
// - "8-week" (36 days or more): first-quarter (end of week 2), mid-exchange (end of week 4),
//   third-quarter (end of week 6), end-of-exchange (last day); four blocks, one before each.
//
// The dates above are those of 28- and 56-day exchanges. In general an appraisal at fraction f
// of the exchange is due at the end of the exchange week nearest to f × length (a tie goes to
// the earlier week, so a 35-day exchange keeps "first two weeks"). That keeps every appraisal
// inside the period for in-between lengths: with fixed weeks, a 36-day exchange would get its
// third-quarter appraisal on day 42, after the exchange has ended.
//
// Window: an appraisal can be filled from 3 days before its due date (never before the start)
// until the next appraisal's due date; the last one until 7 days after the end, so the final
// week can still be reflected on once the student is home.
import { periodDays } from "../../exchanges/exchange-form";
import { addDays, weekOf } from "./calendar";

export type AppraisalId = "first-quarter" | "mid-exchange" | "third-quarter" | "end-of-exchange";
export type AppraisalLabelKey =
  | "appraisal.firstQuarter"
  | "appraisal.midExchange"
  | "appraisal.thirdQuarter"
  | "appraisal.endOfExchange";
export type AssessmentScheme = "4-week" | "8-week";
export type AppraisalStatus = "upcoming" | "open" | "overdue" | "missed" | "done";

export interface Appraisal {
  id: AppraisalId;
  kind: "appraisal";
  /** The day it should be filled in. */
  dueDate: string;
  /** First day it can be filled in. */
  opensOn: string;
  /** Last day it can be filled in (included). */
  closesOn: string;
  labelKey: AppraisalLabelKey;
}

/**
 * The days an appraisal looks back on. In the 4-week scheme the blocks carry the IFMSA names;
 * in the 8-week scheme the label is "Weeks {from}–{to}", from `fromWeek` and `toWeek`.
 */
export interface AssessmentBlock {
  kind: "block";
  /** The appraisal that closes this block. */
  appraisalId: AppraisalId;
  startDate: string;
  endDate: string;
  fromWeek: number;
  toWeek: number;
  labelKey: "assessment.firstTwoWeeks" | "assessment.lastTwoWeeks" | "assessment.weeks";
}

/** Longest period, in days, that follows the 4-week scheme. */
export const fourWeekSchemeMaxDays = 35;
const opensDaysBeforeDue = 3;
const lastClosesDaysAfterEnd = 7;

const labelKeys: Record<AppraisalId, AppraisalLabelKey> = {
  "first-quarter": "appraisal.firstQuarter",
  "mid-exchange": "appraisal.midExchange",
  "third-quarter": "appraisal.thirdQuarter",
  "end-of-exchange": "appraisal.endOfExchange",
};

// The appraisals before the last one, as a fraction (numerator / denominator) of the exchange.
type Milestone = readonly [id: AppraisalId, numerator: number, denominator: number];
const schemeMilestones: Record<AssessmentScheme, readonly Milestone[]> = {
  "4-week": [["mid-exchange", 1, 2]],
  "8-week": [
    ["first-quarter", 1, 4],
    ["mid-exchange", 1, 2],
    ["third-quarter", 3, 4],
  ],
};

/** The scheme of a period, or null when the dates are malformed or the end is before the start. */
export function assessmentScheme(startDate: string, endDate: string): AssessmentScheme | null {
  const days = periodDays(startDate, endDate);
  if (days === null || days < 1) return null;
  return days <= fourWeekSchemeMaxDays ? "4-week" : "8-week";
}

// 1-based day of the period on which a milestone falls due: the last day of the exchange week
// nearest to the fraction. One division of integers, so exact ties (2.5 weeks) stay exact and
// Math.ceil(x - 0.5) sends them to the earlier week.
function milestoneDay(days: number, numerator: number, denominator: number): number {
  const weeks = (days * numerator) / (7 * denominator);
  return Math.max(1, Math.ceil(weeks - 0.5)) * 7;
}

// The appraisals as (id, 1-based due day), in order. A milestone that would not fall strictly
// before the next one (only in periods far shorter than any real exchange) is left out, so the
// schedule never has two appraisals due on one day.
function dueDays(days: number, scheme: AssessmentScheme): { id: AppraisalId; day: number }[] {
  const result: { id: AppraisalId; day: number }[] = [];
  for (const [id, numerator, denominator] of schemeMilestones[scheme]) {
    const day = milestoneDay(days, numerator, denominator);
    const previous = result[result.length - 1]?.day ?? 0;
    if (day > previous && day < days) result.push({ id, day });
  }
  result.push({ id: "end-of-exchange", day: days });
  return result;
}

/** The appraisals of the period, sorted by due date; empty when the dates are malformed or reversed. */
export function appraisalSchedule(startDate: string, endDate: string): Appraisal[] {
  const days = periodDays(startDate, endDate);
  const scheme = assessmentScheme(startDate, endDate);
  if (days === null || scheme === null) return [];
  const due = dueDays(days, scheme).map(({ id, day }) => ({ id, dueDate: addDays(startDate, day - 1) }));
  return due.map(({ id, dueDate }, index) => {
    const opens = addDays(dueDate, -opensDaysBeforeDue);
    const next = due[index + 1];
    return {
      id,
      kind: "appraisal",
      dueDate,
      opensOn: opens < startDate ? startDate : opens,
      closesOn: next ? next.dueDate : addDays(endDate, lastClosesDaysAfterEnd),
      labelKey: labelKeys[id],
    };
  });
}

/** The blocks of the period, contiguous from the first day to the last, one per appraisal. */
export function assessmentBlocks(startDate: string, endDate: string): AssessmentBlock[] {
  const scheme = assessmentScheme(startDate, endDate);
  if (scheme === null) return [];
  const schedule = appraisalSchedule(startDate, endDate);
  return schedule.map((appraisal, index) => {
    const blockStart = index === 0 ? startDate : addDays(schedule[index - 1]?.dueDate ?? startDate, 1);
    const isLast = index === schedule.length - 1;
    let labelKey: AssessmentBlock["labelKey"] = "assessment.weeks";
    if (scheme === "4-week") labelKey = isLast ? "assessment.lastTwoWeeks" : "assessment.firstTwoWeeks";
    return {
      kind: "block",
      appraisalId: appraisal.id,
      startDate: blockStart,
      endDate: appraisal.dueDate,
      // Both dates are in the period, so weekOf always has an answer here.
      fromWeek: weekOf(blockStart, startDate) ?? 1,
      toWeek: weekOf(appraisal.dueDate, startDate) ?? 1,
      labelKey,
    };
  });
}

/**
 * Where an appraisal stands on `today`: "upcoming" before its window, "open" from the window's
 * first day to the due date, "overdue" after the due date while the window lasts, "missed" once
 * it has closed, and "done" as soon as it is in `done`, whatever the date.
 */
export function appraisalStatus(appraisal: Appraisal, today: string, done: ReadonlySet<string>): AppraisalStatus {
  if (done.has(appraisal.id)) return "done";
  // ISO dates compare as strings in calendar order.
  if (today < appraisal.opensOn) return "upcoming";
  if (today <= appraisal.dueDate) return "open";
  return today <= appraisal.closesOn ? "overdue" : "missed";
}

/**
 * Whether either part of an appraisal can be written on `today`: from the first day of its
 * window on, also once it is overdue or missed (a late appraisal beats none), never before.
 */
export function appraisalWritable(appraisal: Appraisal, today: string): boolean {
  return today >= appraisal.opensOn;
}

/** The appraisals the student has done: those whose self-assessment has words in it. */
export function appraisalsDone(selfAppraisals: Readonly<Record<string, { selfAssessment: string } | undefined>>): Set<string> {
  return new Set(Object.entries(selfAppraisals).filter(([, self]) => (self?.selfAssessment ?? "").trim() !== "").map(([id]) => id));
}

/**
 * The appraisal the student should do now: among those not done whose window is open (due or
 * overdue), the one due first, so a late appraisal is finished before the next one. Null if none.
 */
export function appraisalDue(schedule: readonly Appraisal[], today: string, done: ReadonlySet<string>): Appraisal | null {
  let best: Appraisal | null = null;
  for (const appraisal of schedule) {
    const status = appraisalStatus(appraisal, today, done);
    if ((status === "open" || status === "overdue") && (best === null || appraisal.dueDate < best.dueDate)) best = appraisal;
  }
  return best;
}
