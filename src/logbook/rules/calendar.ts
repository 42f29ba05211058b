// The exchange calendar: which dates belong to the period, which of them are working days, and
// how they group into exchange weeks. Dates are ISO "YYYY-MM-DD" strings computed at midnight
// UTC, so no time zone or daylight-saving change can ever add or drop a day. Only `todayIso`
// looks at a clock, and it is handed the moment: the rules stay pure and testable, and the app
// and the server agree on every date.
import { parseIsoDate, periodDays } from "../../exchanges/exchange-form";

const dayMs = 86_400_000;

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// Functions that must answer with a date have no sensible answer for a malformed one, and a
// malformed date there is a programming error (stored dates are validated on entry), so they throw.
function requireDate(value: string): Date {
  const date = parseIsoDate(value);
  if (!date) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return date;
}

/** The date `n` days after `date` (before it when `n` is negative). Throws RangeError on a malformed date or a non-integer `n`. */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  const result = new Date(requireDate(date).getTime() + n * dayMs);
  // Outside years 0000–9999 toISOString changes shape; refuse rather than return a non-ISO string.
  const value = Number.isNaN(result.getTime()) ? "" : toIso(result);
  if (!parseIsoDate(value)) throw new RangeError(`Out of range: ${date} + ${n} days`);
  return value;
}

/** Every date of the period, start and end included; empty when either date is malformed or the end is before the start. */
export function exchangeDays(startDate: string, endDate: string): string[] {
  const days = periodDays(startDate, endDate);
  if (days === null || days < 1) return [];
  const start = requireDate(startDate).getTime();
  return Array.from({ length: days }, (_, index) => toIso(new Date(start + index * dayMs)));
}

/**
 * Monday to Friday within the period, without the days off the host marks (public holidays,
 * department closures). Malformed days off and days off outside the period are ignored.
 */
export function workingDays(startDate: string, endDate: string, extraDaysOff: readonly string[] = []): string[] {
  const daysOff = new Set(extraDaysOff);
  return exchangeDays(startDate, endDate).filter((date) => {
    const weekday = requireDate(date).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !daysOff.has(date);
  });
}

/**
 * The 1-based exchange week of `date`: week 1 is the first seven days from the start date,
 * whatever weekday that is, because appraisals and weekly hours follow the exchange, not the
 * calendar. Null for a date before the start or a malformed date.
 */
export function weekOf(date: string, startDate: string): number | null {
  const day = periodDays(startDate, date);
  return day === null || day < 1 ? null : Math.ceil(day / 7);
}

/** The dates of exchange week `week` (1-based); the last week may be shorter. Empty for a week outside the period. */
export function weekDates(week: number, startDate: string, endDate: string): string[] {
  if (!Number.isInteger(week) || week < 1) return [];
  return exchangeDays(startDate, endDate).slice((week - 1) * 7, week * 7);
}

/**
 * Whether the tutor can confirm exchange week `week` on `today`: every working day of the week
 * has come (its last one may be today, when the tutor sees the student). A week with no working
 * day has nothing to confirm.
 */
export function weekReadyToConfirm(week: number, startDate: string, endDate: string, workingDays: readonly string[], today: string): boolean {
  const working = new Set(workingDays);
  const last = weekDates(week, startDate, endDate).filter((date) => working.has(date)).pop();
  return last !== undefined && last <= today;
}

/** The number of exchange weeks, counting a final partial week: 28 days → 4, 29 days → 5. 0 for an invalid period. */
export function exchangeWeeks(startDate: string, endDate: string): number {
  const days = periodDays(startDate, endDate);
  return days === null || days < 1 ? 0 : Math.ceil(days / 7);
}

/** Whether `date` is within the period, both ends included. False when any of the dates is malformed. */
export function isWithinPeriod(date: string, startDate: string, endDate: string): boolean {
  if (!parseIsoDate(date) || !parseIsoDate(startDate) || !parseIsoDate(endDate)) return false;
  // Valid ISO dates with four-digit years sort as strings in calendar order.
  return startDate <= date && date <= endDate;
}

/**
 * The nearest date of the period: the logbook opens on today during the exchange, on the first
 * day before it and on the last day after it. Throws RangeError on a malformed date or an end
 * before the start.
 */
export function clampToPeriod(date: string, startDate: string, endDate: string): string {
  requireDate(date);
  requireDate(startDate);
  requireDate(endDate);
  if (endDate < startDate) throw new RangeError(`The period ends before it starts: ${startDate} – ${endDate}`);
  if (date < startDate) return startDate;
  return date > endDate ? endDate : date;
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, "0");
}

/**
 * The calendar date of `now` as the person lives it. Without `timeZone`, the device's own zone:
 * a student in Sydney opening the app at 08:00 on Monday is on Monday, although it is still
 * Sunday in UTC. The server passes the host's IANA zone (e.g. "Europe/Lisbon"). Throws
 * RangeError for an invalid Date or an unknown zone.
 */
export function todayIso(now: Date, timeZone?: string): string {
  if (Number.isNaN(now.getTime())) throw new RangeError("Invalid Date");
  if (timeZone === undefined) return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    calendar: "gregory",
    numberingSystem: "latn",
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(now);
  const part = (type: "year" | "month" | "day") => Number(parts.find((entry) => entry.type === type)?.value);
  return `${pad(part("year"), 4)}-${pad(part("month"), 2)}-${pad(part("day"), 2)}`;
}
