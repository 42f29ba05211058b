// The dashboard's filters, sorting and CSV export, as pure functions over the summary rows.
import type { ExchangeKind } from "./exchange-form";
import { exchangeStatuses, type DashboardRow, type ExchangeStatus } from "./dashboard-row";
import { toCsv, type CsvCell } from "./csv";
import { attentionReasons, type AttentionReason } from "./dashboard-attention";

export interface DashboardFilter {
  /** "YYYY-MM": exchanges with at least one day in that month; "" for all. */
  month: string;
  kind: ExchangeKind | "";
  status: ExchangeStatus | "";
}

export type SortKey = "attention" | "student" | "start" | "status" | "progress" | "lastSync" | "appraisals";
export const sortKeys: readonly SortKey[] = ["attention", "student", "start", "status", "progress", "lastSync", "appraisals"];
export interface DashboardSort {
  key: SortKey;
  descending: boolean;
}

export const noFilter: DashboardFilter = { month: "", kind: "", status: "" };
/** Needs-attention first: what the officer opens the dashboard for. */
export const defaultSort: DashboardSort = { key: "attention", descending: false };

export const isFiltered = (filter: DashboardFilter) => filter.month !== "" || filter.kind !== "" || filter.status !== "";

/**
 * A row as the current app reads it: a summary kept on the device from an older server may lack
 * the later fields, which then read as "nothing known" instead of breaking the dashboard.
 */
export function completeRow(row: DashboardRow): DashboardRow {
  const later: Partial<DashboardRow> = row;
  return {
    ...row,
    tutorEmail: later.tutorEmail ?? "",
    contactEmail: later.contactEmail ?? "",
    homeNmo: later.homeNmo ?? "",
    homeCountry: later.homeCountry ?? "",
    quietWorkingDays: later.quietWorkingDays ?? 0,
    checklist: later.checklist ?? { done: 0, total: 0 },
  };
}

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

type Comparator = (a: DashboardRow, b: DashboardRow) => number;

// More reasons first; a row needing nothing last.
const byAttention = (today: string): Comparator => {
  const counts = new Map<DashboardRow, number>();
  const count = (row: DashboardRow) => counts.get(row) ?? counts.set(row, attentionReasons(row, today).length).get(row) ?? 0;
  return (a, b) => count(b) - count(a);
};

const comparators: Record<Exclude<SortKey, "attention">, Comparator> = {
  student: (a, b) => a.studentName.localeCompare(b.studentName),
  start: (a, b) => a.startDate.localeCompare(b.startDate),
  status: (a, b) => exchangeStatuses.indexOf(a.status) - exchangeStatuses.indexOf(b.status),
  progress: (a, b) => progressOf(a) - progressOf(b),
  lastSync: (a, b) => (a.lastSyncAt ?? 0) - (b.lastSyncAt ?? 0),
  appraisals: (a, b) => a.appraisalsDue - a.appraisalsDone - (b.appraisalsDue - b.appraisalsDone),
};

/** Sorted copy; ties fall back to the start date, then the student, so the order is stable. `today` decides what needs attention. */
export function sortRows(rows: readonly DashboardRow[], sort: DashboardSort, today = ""): DashboardRow[] {
  const direction = sort.descending ? -1 : 1;
  const compare = sort.key === "attention" ? byAttention(today) : comparators[sort.key];
  return [...rows].sort((a, b) => direction * compare(a, b) || comparators.start(a, b) || comparators.student(a, b));
}

export interface CsvText {
  headers: string[];
  status: (status: ExchangeStatus) => string;
  kind: (kind: ExchangeKind) => string;
  signer: (who: "student" | "tutor") => string;
  yes: string;
  no: string;
  attention: (reason: AttentionReason) => string;
  today: string;
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
    row.tutorName,
    row.tutorEmail,
    row.contactName,
    row.contactEmail,
    row.homeNmo,
    row.homeCountry,
    row.checklist.done,
    row.checklist.total,
    attentionReasons(row, text.today).map(text.attention).join("; "),
  ]);
  return toCsv([text.headers, ...body]);
}
