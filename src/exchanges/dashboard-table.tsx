import { For, Show } from "solid-js";
import { A } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import type { DashboardRow, ExchangeStatus } from "./dashboard-row";
import type { DashboardSort, SortKey } from "./dashboard-view";

export const statusLabels: Record<ExchangeStatus, MessageKey> = {
  upcoming: "dashboard.status.upcoming",
  ongoing: "dashboard.status.ongoing",
  finished: "dashboard.status.finished",
  cancelled: "dashboard.status.cancelled",
};

const sortable: { key: SortKey; label: MessageKey }[] = [
  { key: "student", label: "dashboard.col.student" },
  { key: "start", label: "dashboard.col.period" },
  { key: "status", label: "dashboard.col.status" },
  { key: "progress", label: "dashboard.col.days" },
  { key: "lastSync", label: "dashboard.col.lastSync" },
  { key: "appraisals", label: "dashboard.col.appraisals" },
];

/** The incoming students, one row each. Sortable headers are buttons and say their order (aria-sort). */
export function DashboardTable(props: { rows: DashboardRow[]; sort: DashboardSort; onSort: (key: SortKey) => void; exchangeHref: (id: string) => string }) {
  const { t, locale } = useI18n();
  const time = (at: number | null) => (at === null ? t("dashboard.never") : new Intl.DateTimeFormat(locale(), { dateStyle: "short", timeStyle: "short" }).format(at));
  const order = (key: SortKey) => (props.sort.key === key ? (props.sort.descending ? "descending" : "ascending") : "none");
  const signers = (row: DashboardRow) =>
    row.signatures.signedBy.length === 0 ? t("dashboard.signedByNobody") : row.signatures.signedBy.map((who) => t(who === "student" ? "exchanges.role.student" : "exchanges.role.tutor")).join(", ");
  return (
    <div class="table-scroll" role="region" aria-labelledby="dashboard-caption" tabIndex={0}>
      <table class="dashboard">
        <caption id="dashboard-caption">{t("dashboard.caption", { count: props.rows.length })}</caption>
        <thead>
          <tr>
            <For each={sortable}>
              {(column) => (
                <th scope="col" aria-sort={order(column.key)}>
                  <button type="button" class="sort" onClick={() => props.onSort(column.key)}>
                    {t(column.label)}
                    <span aria-hidden="true">{order(column.key) === "ascending" ? " ▲" : order(column.key) === "descending" ? " ▼" : ""}</span>
                  </button>
                </th>
              )}
            </For>
            <th scope="col">{t("dashboard.col.attendance")}</th>
            <th scope="col">{t("dashboard.col.evaluation")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr data-status={row.status}>
                <th scope="row">
                  <A href={props.exchangeHref(row.exchangeId)}>{row.studentName}</A>
                  <span class="sub">{row.projectTitle}</span>
                </th>
                <td>{t("exchanges.period", { start: row.startDate, end: row.endDate })}</td>
                <td>
                  {t(statusLabels[row.status])}
                  <Show when={row.cancelledReason}>
                    {(reason) => <span class="sub">{reason()}</span>}
                  </Show>
                </td>
                <td>{t("dashboard.daysOf", { logged: row.daysLogged, expected: row.daysExpected })}</td>
                <td>{time(row.lastSyncAt)}</td>
                <td>{t("dashboard.appraisalsDueDone", { due: row.appraisalsDue, done: row.appraisalsDone })}</td>
                <td>
                  {t("dashboard.attendanceFigures", { ...row.attendance })}
                  <span class="sub">{t("dashboard.weeksConfirmed", { confirmed: row.weeksConfirmed, weeks: row.weeksStarted })}</span>
                </td>
                <td>
                  {t("dashboard.signedBy", { who: signers(row) })}
                  <span class="sub">{row.signatures.certificateReady ? t("dashboard.certificateReady") : t("dashboard.certificateNotReady")}</span>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
