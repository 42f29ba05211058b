// What the tutor confirms each week: the student's declaration for every working day of one
// exchange week, with a day the student has not declared shown as such rather than left out,
// so a confirmation never silently covers a gap.
import { weekDates } from "../logbook/rules/calendar";
import { ownEntry } from "../logbook/rules/totals";
import type { AttendanceData, AttendanceStatus } from "../logbook/student-document";

export interface DeclaredDay {
  date: string;
  status: AttendanceStatus | null;
  reason: string;
}

export function declaredAttendance(
  week: number,
  period: { startDate: string; endDate: string; workingDays: readonly string[] },
  attendance: Readonly<Record<string, AttendanceData | undefined>>,
): DeclaredDay[] {
  const working = new Set(period.workingDays);
  return weekDates(week, period.startDate, period.endDate)
    .filter((date) => working.has(date))
    .map((date) => {
      const declared = ownEntry(attendance, date);
      return { date, status: declared?.status ?? null, reason: declared?.reason ?? "" };
    });
}
