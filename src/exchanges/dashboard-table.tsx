import { For, Show } from "solid-js";
import { A } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import type { DashboardRow, ExchangeStatus } from "./dashboard-row";
import type { DashboardSort, SortKey } from "./dashboard-view";
import { attentionReasons } from "./dashboard-attention";
import { AppraisalMarks, AttendanceBar, AttentionList, DaysBar, EvaluationBadge, JoinedMarks, WeekMarks } from "./dashboard-signals";

export const statusLabels: Record<ExchangeStatus, MessageKey> = {
  upcoming: "dashboard.status.upcoming",
  ongoing: "dashboard.status.ongoing",
  finished: "dashboard.status.finished",
  cancelled: "dashboard.status.cancelled",
};

type Column = { label: MessageKey; sort?: SortKey; class: string };
export const dashboardColumns: Column[] = [
  { label: "dashboard.col.student", sort: "student", class: "col-student" },
  { label: "dashboard.col.attention", sort: "attention", class: "col-attention" },
  { label: "dashboard.col.period", sort: "start", class: "col-period" },
  { label: "dashboard.col.status", sort: "status", class: "col-status" },
  { label: "dashboard.col.days", sort: "progress", class: "col-days" },
  { label: "dashboard.col.attendance", class: "col-attendance" },
  { label: "dashboard.col.appraisals", sort: "appraisals", class: "col-appraisals" },
  { label: "dashboard.col.evaluation", class: "col-evaluation" },
  { label: "dashboard.col.joined", class: "col-joined" },
  { label: "dashboard.col.lastSync", sort: "lastSync", class: "col-sync" },
];

export interface DashboardListProps {
  rows: DashboardRow[];
  today: string;
  exchangeHref: (id: string) => string;
}

/** The incoming students, one row each, for a laptop: every column fits 1280 px without scrolling. Sortable headers are buttons and say their order (aria-sort). */
export function DashboardTable(props: DashboardListProps & { sort: DashboardSort; onSort: (key: SortKey) => void }) {
  const { t, formatDate, formatTime } = useI18n();
  const order = (key: SortKey | undefined) => (key && props.sort.key === key ? (props.sort.descending ? "descending" : "ascending") : "none");
  return (
    <div class="table-scroll dashboard-wide" role="region" aria-labelledby="dashboard-caption" tabIndex={0}>
      <table class="dashboard">
        <caption id="dashboard-caption">{t("dashboard.caption", { count: props.rows.length })}</caption>
        <thead>
          <tr>
            <For each={dashboardColumns}>
              {(column) => (
                <th scope="col" class={column.class} aria-sort={column.sort ? order(column.sort) : undefined}>
                  <Show when={column.sort} fallback={t(column.label)}>
                    {(key) => (
                      <button type="button" class="sort" onClick={() => props.onSort(key())}>
                        {t(column.label)}
                        <span aria-hidden="true">{order(key()) === "ascending" ? " ▲" : order(key()) === "descending" ? " ▼" : ""}</span>
                      </button>
                    )}
                  </Show>
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => {
              const reasons = () => attentionReasons(row, props.today);
              return (
                <tr data-status={row.status} classList={{ "needs-attention": reasons().length > 0 }}>
                  <th scope="row">
                    <A href={props.exchangeHref(row.exchangeId)}>{row.studentName}</A>
                    <span class="sub">{row.projectTitle}</span>
                  </th>
                  <td>
                    <AttentionList reasons={reasons()} />
                  </td>
                  <td class="col-period">
                    {formatDate(row.startDate, "date")}
                    <span class="sub">{formatDate(row.endDate, "date")}</span>
                  </td>
                  <td>
                    <span class={`badge status ${row.status}`}>{t(statusLabels[row.status])}</span>
                    <Show when={row.cancelledReason}>{(reason) => <span class="sub">{reason()}</span>}</Show>
                  </td>
                  <td>
                    <DaysBar row={row} />
                  </td>
                  <td>
                    <AttendanceBar row={row} />
                    <WeekMarks row={row} />
                  </td>
                  <td class="col-appraisals">
                    <AppraisalMarks row={row} />
                  </td>
                  <td>
                    <EvaluationBadge row={row} />
                  </td>
                  <td>
                    <JoinedMarks row={row} />
                  </td>
                  <td>
                    <Show when={row.lastSyncAt} fallback={t("dashboard.never")}>
                      {(at) => (
                        <>
                          {formatTime(at(), "date")}
                          <span class="sub">{formatTime(at(), "time")}</span>
                        </>
                      )}
                    </Show>
                  </td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
    </div>
  );
}
