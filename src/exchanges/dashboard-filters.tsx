import { For } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { exchangeStatuses } from "./dashboard-row";
import type { DashboardFilter } from "./dashboard-view";
import { statusLabels } from "./dashboard-table";

export function DashboardFilters(props: { filter: DashboardFilter; months: string[]; onChange: (filter: DashboardFilter) => void }) {
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
    </fieldset>
  );
}
