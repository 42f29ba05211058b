// What a day of the period is on the "All days" list, beyond whether it was written: a weekend
// or a day off, a declared absence, or a day still to come, so an empty row is never ambiguous.
import type { AttendanceDeclaration } from "./totals";
import { ownEntry } from "./totals";

export type DayKind = "weekend" | "day-off" | "absent" | "excused" | "upcoming" | "working";

export function dayKind(date: string, working: ReadonlySet<string>, attendance: Readonly<Record<string, AttendanceDeclaration | undefined>>, today: string): DayKind {
  if (!working.has(date)) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday === 0 || weekday === 6 ? "weekend" : "day-off";
  }
  const status = date <= today ? ownEntry(attendance, date)?.status : undefined;
  if (status === "absent" || status === "excused") return status;
  return date > today ? "upcoming" : "working";
}
