// What needs the tutor when they open the logbook: the days the student wrote or changed since
// the tutor last looked, the weeks whose attendance waits for confirmation, the appraisal to
// write, and which weeks to show open. Pure rules over the two documents and the calendar.
import { exchangeWeeks, weekDates, weekOf, weekReadyToConfirm } from "../logbook/rules/calendar";
import { isLogged } from "../logbook/rules/totals";
import { appraisalDue, type Appraisal } from "../logbook/rules/appraisals";
import type { DayEntryData } from "../logbook/student-document";
import type { TutorDocumentData } from "./tutor-document";
import { weekKey } from "./tutor-document";

export interface ExchangeCalendar {
  startDate: string;
  endDate: string;
  workingDays: readonly string[];
  today: string;
}

/** Whether a logged day was written or changed after `since`; every day is new to a tutor who never looked (null). */
export function isNewSince(day: DayEntryData | undefined, since: number | null): boolean {
  if (!day || !isLogged(day)) return false;
  return since === null || (day.lastEdit !== null && day.lastEdit.at > since);
}

/** The logged days of the exchange new since `since`, in calendar order. */
export function daysNewSince(days: Readonly<Record<string, DayEntryData | undefined>>, calendar: ExchangeCalendar, since: number | null): string[] {
  const weeks = exchangeWeeks(calendar.startDate, calendar.endDate);
  const dates: string[] = [];
  for (let week = 1; week <= weeks; week++) for (const date of weekDates(week, calendar.startDate, calendar.endDate)) if (isNewSince(days[date], since)) dates.push(date);
  return dates;
}

/** The weeks whose last working day has come and whose attendance the tutor has not confirmed. */
export function weeksAwaitingConfirmation(review: Pick<TutorDocumentData, "attendanceConfirmations">, calendar: ExchangeCalendar): number[] {
  const waiting: number[] = [];
  for (let week = 1; week <= exchangeWeeks(calendar.startDate, calendar.endDate); week++) {
    const ready = weekReadyToConfirm(week, calendar.startDate, calendar.endDate, calendar.workingDays, calendar.today);
    if (ready && !review.attendanceConfirmations[weekKey(week)]?.confirmed) waiting.push(week);
  }
  return waiting;
}

/** The tutor's appraisals done: those whose assessment has words in it. */
export function tutorAppraisalsDone(review: Pick<TutorDocumentData, "appraisals">): Set<string> {
  return new Set(Object.entries(review.appraisals).filter(([, appraisal]) => (appraisal?.assessment ?? "").trim() !== "").map(([id]) => id));
}

/** The appraisal the tutor should write now (the same rule as the student's), or null. */
export const tutorAppraisalDue = (schedule: readonly Appraisal[], review: Pick<TutorDocumentData, "appraisals">, today: string) =>
  appraisalDue(schedule, today, tutorAppraisalsDone(review));

/**
 * The weeks shown open at first: the current week, and any week with a new day or waiting for
 * confirmation. The others (done, or still to come) start folded so that eight weeks of entries
 * are not one long scroll.
 */
export function weeksOpenAtFirst(newDays: readonly string[], awaiting: readonly number[], calendar: ExchangeCalendar): Set<number> {
  const open = new Set(awaiting);
  for (const date of newDays) {
    const week = weekOf(date, calendar.startDate);
    if (week !== null) open.add(week);
  }
  const current = weekOf(calendar.today, calendar.startDate);
  if (current !== null && current <= exchangeWeeks(calendar.startDate, calendar.endDate)) open.add(current);
  return open;
}
