// The dashboard's filters, sorting and CSV export, as pure functions over the summary rows.
import type { ExchangeKind } from "./exchange-form";
import { exchangeStatuses, type DashboardRow, type ExchangeStatus } from "./dashboard-row";
import { toCsv, type CsvCell } from "./csv";

export interface DashboardFilter {
  /** "YYYY-MM": exchanges with at least one day in that month; "" for all. */
  month: string;
  kind: ExchangeKind | "";
  status: ExchangeStatus | "";
}

export type SortKey = "student" | "start" | "status" | "progress" | "lastSync" | "appraisals";
export interface DashboardSort {
  key: SortKey;
  descending: boolean;
}

export const noFilter: DashboardFilter = { month: "", kind: "", status: "" };

export function filterRows(rows: readonly DashboardRow[], filter: DashboardFilter): DashboardRow[] {
  return rows.filter(
    (row) =>
      (!filter.month || (row.startDate.slice(0, 7) <= filter.month && row.endDate.slice(0, 7) >= filter.month)) &&
      (!filter.kind || row.kind === filter.kind) &&
      (!filter.status || row.status === filter.status),
  );
}

/** The months any exchange touches, in order, for the month filter. */
export function monthsOf(rows: readonly DashboardRow[]): string[] {
  const months = new Set<string>();
  for (const row of rows) {
    let month = row.startDate.slice(0, 7);
    const last = row.endDate.slice(0, 7);
    // Periods are at most 8 weeks, so this walks three months at most.
    for (let guard = 0; month <= last && guard < 24; guard++) {
      months.add(month);
      const [year, m] = month.split("-").map(Number) as [number, number];
      month = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
    }
  }
  return [...months].sort();
}

export const progressOf = (row: DashboardRow) => (row.daysExpected === 0 ? 0 : row.daysLogged / row.daysExpected);

const comparators: Record<SortKey, (a: DashboardRow, b: DashboardRow) => number> = {
  student: (a, b) => a.studentName.localeCompare(b.studentName),
  start: (a, b) => a.startDate.localeCompare(b.startDate),
  status: (a, b) => exchangeStatuses.indexOf(a.status) - exchangeStatuses.indexOf(b.status),
  progress: (a, b) => progressOf(a) - progressOf(b),
  lastSync: (a, b) => (a.lastSyncAt ?? 0) - (b.lastSyncAt ?? 0),
  appraisals: (a, b) => a.appraisalsDue - a.appraisalsDone - (b.appraisalsDue - b.appraisalsDone),
};

/** Sorted copy; ties fall back to the start date, then the student, so the order is stable. */
export function sortRows(rows: readonly DashboardRow[], sort: DashboardSort): DashboardRow[] {
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => direction * comparators[sort.key](a, b) || comparators.start(a, b) || comparators.student(a, b));
}

export interface CsvText {
  headers: string[];
  status: (status: ExchangeStatus) => string;
  kind: (kind: ExchangeKind) => string;
  signer: (who: "student" | "tutor") => string;
  yes: string;
  no: string;
}

export function dashboardCsv(rows: readonly DashboardRow[], text: CsvText): string {
  const body: CsvCell[][] = rows.map((row) => [
    row.studentName,
    row.projectTitle,
    text.kind(row.kind),
    row.startDate,
    row.endDate,
    text.status(row.status),
    row.daysLogged,
    row.daysExpected,
    row.lastSyncAt === null ? null : new Date(row.lastSyncAt).toISOString(),
    row.appraisalsDue,
    row.appraisalsDone,
    row.attendance.present,
    row.attendance.absent,
    row.attendance.excused,
    row.attendance.undeclared,
    row.weeksConfirmed,
    row.signatures.signedBy.map(text.signer).join(" + "),
    row.signatures.certificateReady ? text.yes : text.no,
    row.cancelledReason,
  ]);
  return toCsv([text.headers, ...body]);
}
