// The dashboard's filters and sort, kept on this device (Dexie settings) per officer, so a
// reload or the next morning opens the dashboard as it was left. What is read back is checked:
// a value this version does not know falls back to the default instead of hiding every row.
import { useServices } from "../app/services";
import { readSetting, writeSetting } from "../db/settings";
import { exchangeStatuses } from "./dashboard-row";
import { defaultSort, noFilter, sortKeys, type DashboardFilter, type DashboardSort } from "./dashboard-view";

export interface DashboardPreferences {
  filter: DashboardFilter;
  sort: DashboardSort;
}

export interface DashboardPreferencesStore {
  load(): Promise<DashboardPreferences>;
  save(preferences: DashboardPreferences): Promise<void>;
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

export function checkedPreferences(stored: unknown): DashboardPreferences {
  const record = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
  const filter = typeof record.filter === "object" && record.filter !== null ? (record.filter as Record<string, unknown>) : {};
  const sort = typeof record.sort === "object" && record.sort !== null ? (record.sort as Record<string, unknown>) : {};
  const month = typeof filter.month === "string" && monthPattern.test(filter.month) ? filter.month : noFilter.month;
  const kind = filter.kind === "research" || filter.kind === "professional" ? filter.kind : noFilter.kind;
  const status = exchangeStatuses.find((known) => known === filter.status) ?? noFilter.status;
  const key = sortKeys.find((known) => known === sort.key);
  return {
    filter: { month, kind, status },
    sort: key ? { key, descending: sort.descending === true } : defaultSort,
  };
}

export function useDashboardPreferences(personId: string): DashboardPreferencesStore {
  const { db } = useServices();
  const key = `dashboard-view:${personId}`;
  return {
    load: async () => checkedPreferences(await readSetting<unknown>(db, key, null)),
    save: (preferences) => writeSetting(db, key, preferences),
  };
}
