import { For, type JSX } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { exchangeStatuses } from "./dashboard-row";
import type { DashboardFilter, DashboardSort, SortKey } from "./dashboard-view";
import { dashboardColumns, statusLabels } from "./dashboard-table";

export function DashboardFilters(props: { filter: DashboardFilter; months: string[]; onChange: (filter: DashboardFilter) => void; children?: JSX.Element }) {
  const { t, locale } = useI18n();
  const monthName = (month: string) => new Intl.DateTimeFormat(locale(), { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
  const set = (change: Partial<DashboardFilter>) => props.onChange({ ...props.filter, ...change });
  return (
    <fieldset class="filters">
      <legend>{t("dashboard.filters")}</legend>
      <div>
        <label for="filter-month">{t("dashboard.filterMonth")}</label>
        <select id="filter-month" value={props.filter.month} onChange={(e) => set({ month: e.currentTarget.value })}>
          <option value="">{t("dashboard.all")}</option>
          <For each={props.months}>{(month) => <option value={month}>{monthName(month)}</option>}</For>
        </select>
      </div>
      <div>
        <label for="filter-kind">{t("dashboard.filterKind")}</label>
        <select id="filter-kind" value={props.filter.kind} onChange={(e) => set({ kind: e.currentTarget.value as DashboardFilter["kind"] })}>
          <option value="">{t("dashboard.all")}</option>
          <option value="research">{t("exchangeForm.kindResearch")}</option>
          <option value="professional">{t("exchangeForm.kindProfessional")}</option>
        </select>
      </div>
      <div>
        <label for="filter-status">{t("dashboard.filterStatus")}</label>
        <select id="filter-status" value={props.filter.status} onChange={(e) => set({ status: e.currentTarget.value as DashboardFilter["status"] })}>
          <option value="">{t("dashboard.all")}</option>
          <For each={exchangeStatuses}>{(status) => <option value={status}>{t(statusLabels[status])}</option>}</For>
        </select>
      </div>
      {props.children}
    </fieldset>
  );
}

/** The sort for the phone's cards, which have no column headers to press; the table's headers sort the same list. */
export function DashboardSortPicker(props: { sort: DashboardSort; onChange: (sort: DashboardSort) => void }) {
  const { t } = useI18n();
  const keys = dashboardColumns.flatMap((column) => (column.sort ? [{ key: column.sort, label: column.sort === "attention" ? t("dashboard.sortAttention") : t(column.label) }] : []));
  return (
    <div class="sort-picker">
      <label for="dashboard-sort">{t("dashboard.sortBy")}</label>
      <select id="dashboard-sort" value={props.sort.key} onChange={(e) => props.onChange({ key: e.currentTarget.value as SortKey, descending: false })}>
        <For each={keys}>{(option) => <option value={option.key}>{option.label}</option>}</For>
      </select>
    </div>
  );
}
