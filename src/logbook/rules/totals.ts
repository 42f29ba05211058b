// The student's numbers: which days count as logged, logbook progress, hours per week and in
// total, attendance totals, and the hours field's parsing. The logbook document is written on
// devices the server does not control, so every reader here skips values it cannot trust
// (hours outside 0–24, malformed dates, unknown statuses) instead of letting them skew a total.
import { isWithinPeriod, weekOf } from "./calendar";

export type AttendanceStatus = "present" | "absent" | "excused";

export interface AttendanceDeclaration {
  status: AttendanceStatus;
  reason?: string;
}

export interface DayEntry {
  date: string;
  hours: number | null;
  activities: string;
  skills: string[];
  reflection: string;
  questions: string;
}

export interface LogbookProgress {
  /** Distinct dates of the period, weekends and days off included, with a logged entry. */
  daysLogged: number;
  /** Distinct working days with a logged entry. */
  loggedWorkingDays: number;
  /** The working days of the period. */
  expectedDays: number;
  /** loggedWorkingDays / expectedDays as a whole percentage, rounded down; 0 when nothing is expected. */
  percent: number;
}

export interface AttendanceTotals {
  /** Working days up to and including today declared present, absent or excused. */
  present: number;
  absent: number;
  excused: number;
  /** Working days up to and including today with no declaration: the student owes these. */
  undeclared: number;
  /** Working days after today, whatever was declared for them. */
  upcoming: number;
  /** All working days: present + absent + excused + undeclared + upcoming. */
  total: number;
}

export type HoursResult = { ok: true; hours: number } | { ok: false; problem: "notANumber" | "negative" | "tooMany" };

export const maxHoursPerDay = 24;

const attendanceStatuses: ReadonlySet<unknown> = new Set<AttendanceStatus>(["present", "absent", "excused"]);

// Hours a total may use: a finite number from 0 to 24. Anything else counts as not entered.
function countedHours(hours: unknown): number {
  return typeof hours === "number" && Number.isFinite(hours) && hours >= 0 && hours <= maxHoursPerDay ? hours : 0;
}

function hasText(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}

// Quarter hours add up exactly in binary floating point, but a stray 7.3 from another client
// would show as 14.600000000000001; two decimals are plenty for hours.
function roundHours(sum: number): number {
  return Math.round(sum * 100) / 100;
}

/**
 * Whether a day counts as logged: some hours worked, or words about what was done (activities or
 * reflection). Ticked skills and questions for the tutor alone do not make a log of the day.
 */
export function isLogged(entry: DayEntry): boolean {
  return countedHours(entry.hours) > 0 || hasText(entry.activities) || hasText(entry.reflection);
}

/**
 * Progress of the logbook over the period. The percentage counts working days only, so logging a
 * weekend cannot make up for a missed weekday; it is rounded down, so 100% means every working
 * day is logged. Entries are assumed to be one per date; repeated dates are counted once.
 */
export function logbookProgress(
  entries: readonly DayEntry[],
  workingDays: readonly string[],
  startDate: string,
  endDate: string,
): LogbookProgress {
  const expected = new Set(workingDays);
  const logged = new Set<string>();
  for (const entry of entries) {
    if (isWithinPeriod(entry.date, startDate, endDate) && isLogged(entry)) logged.add(entry.date);
  }
  const loggedWorkingDays = [...logged].filter((date) => expected.has(date)).length;
  return {
    daysLogged: logged.size,
    loggedWorkingDays,
    expectedDays: expected.size,
    percent: expected.size === 0 ? 0 : Math.floor((loggedWorkingDays * 100) / expected.size),
  };
}

/** Hours logged in exchange week `week` (1-based, counted from `startDate`). */
export function hoursInWeek(entries: readonly DayEntry[], week: number, startDate: string): number {
  let sum = 0;
  for (const entry of entries) {
    if (weekOf(entry.date, startDate) === week) sum += countedHours(entry.hours);
  }
  return roundHours(sum);
}

/** Hours logged over all entries. */
export function totalHours(entries: readonly DayEntry[]): number {
  return roundHours(entries.reduce((sum, entry) => sum + countedHours(entry.hours), 0));
}

/** Hours logged on the days of the exchange: the total of the printout and the certificate. */
export function hoursOverPeriod(entries: readonly DayEntry[], startDate: string, endDate: string): number {
  return totalHours(entries.filter((entry) => isWithinPeriod(entry.date, startDate, endDate)));
}

/**
 * `record[key]` if it is the record's own entry. The value is read before the check: on a Solid
 * store, reading is what makes a screen follow the key, and `Object.hasOwn` alone does not, so a
 * count made before the logbook loaded would never change. Own properties only: a crafted key
 * such as "constructor" must not read the prototype.
 */
export function ownEntry<T>(record: Readonly<Record<string, T | undefined>>, key: string): T | undefined {
  const value = record[key];
  return value !== undefined && Object.hasOwn(record, key) ? value : undefined;
}

/**
 * Attendance over the working days, as of `today`: the one count of every screen, the printout,
 * the signed evaluation and the server's summary. Declarations on weekends and days off are kept
 * in the logbook but left out of these totals, which measure the days the host expected the
 * student. A day after today is upcoming whatever was declared for it (nobody can have been
 * present on a day that has not come), and a declaration with an unknown status counts as none.
 */
export function attendanceTotals(
  declarations: Readonly<Record<string, AttendanceDeclaration | undefined>>,
  workingDays: readonly string[],
  today: string,
): AttendanceTotals {
  const totals: AttendanceTotals = { present: 0, absent: 0, excused: 0, undeclared: 0, upcoming: 0, total: 0 };
  for (const date of new Set(workingDays)) {
    totals.total += 1;
    // ISO dates compare as strings in calendar order.
    if (date > today) totals.upcoming += 1;
    else {
      const status = ownEntry(declarations, date)?.status;
      if (attendanceStatuses.has(status)) totals[status as AttendanceStatus] += 1;
      else totals.undeclared += 1;
    }
  }
  return totals;
}

/**
 * Parses the hours field as typed: "7", "7.5" or "7,5" (the decimal comma of many locales),
 * surrounding spaces allowed, rounded to the nearest quarter hour. The limit applies to what was
 * typed, so 24.1 is too many rather than quietly becoming 24. A blank field is not a number:
 * callers treat blank as "not entered" before asking.
 */
export function validateHours(value: string): HoursResult {
  // "−" is the Unicode minus sign some keyboards and copied text produce.
  const match = /^([-−+]?)(\d+(?:[.,]\d*)?|[.,]\d+)$/.exec(value.trim());
  if (!match) return { ok: false, problem: "notANumber" };
  // The pattern admits only digits, so this is a number; hundreds of digits make it Infinity, which is too many.
  const amount = Number((match[2] ?? "").replace(",", "."));
  if (match[1] !== "" && match[1] !== "+" && amount > 0) return { ok: false, problem: "negative" };
  if (amount > maxHoursPerDay) return { ok: false, problem: "tooMany" };
  return { ok: true, hours: Math.round(amount * 4) / 4 };
}
