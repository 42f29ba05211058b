import { createMemo, createResource, createSignal, Match, Show, Switch } from "solid-js";
import { A } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { RolePage } from "../session/role-page";
import type { SessionRecord } from "../db/schema";
import { downloadFile } from "../ui/download-file";
import { useOfficerStore, isUnreachable } from "./officer-store";
import { completeRow, dashboardCsv, defaultSort, filterRows, isFiltered, monthsOf, noFilter, sortRows, type DashboardFilter, type DashboardSort, type SortKey } from "./dashboard-view";
import { utf8Bom } from "./csv";
import { DashboardTable, statusLabels } from "./dashboard-table";
import { DashboardCards } from "./dashboard-cards";
import { DashboardFilters, DashboardSortPicker } from "./dashboard-filters";
import { useDashboardPreferences, type DashboardPreferences } from "./dashboard-preferences";
import { attentionReasons } from "./dashboard-attention";
import { useAttentionText } from "./dashboard-signals";
import { StaleNotice } from "./stale-notice";
import "./officer.css";

function Dashboard(props: { session: SessionRecord }) {
  const { t } = useI18n();
  // The session of a role page never changes while it is shown.
  // eslint-disable-next-line solid/reactivity
  const store = useOfficerStore(props.session);
  const [summary, { refetch }] = createResource(store.summary);
  // eslint-disable-next-line solid/reactivity
  const preferences = useDashboardPreferences(props.session.personId);
  const [filter, setFilterSignal] = createSignal<DashboardFilter>(noFilter);
  const [sort, setSortSignal] = createSignal<DashboardSort>(defaultSort);
  // The dashboard waits for the kept filters, so a reload never shows the unfiltered list first.
  const [kept] = createResource(async () => {
    const loaded = await preferences.load();
    setFilterSignal(loaded.filter);
    setSortSignal(loaded.sort);
    return true;
  });
  const keep = (next: Partial<DashboardPreferences>) => void preferences.save({ filter: filter(), sort: sort(), ...next });
  const setFilter = (next: DashboardFilter) => {
    setFilterSignal(next);
    keep({ filter: next });
  };
  const home = () => `/officer/${props.session.personId}`;
  const today = () => summary.latest?.body.today ?? "";
  const allRows = createMemo(() => (summary.latest?.body.rows ?? []).map(completeRow));
  const rows = createMemo(() => sortRows(filterRows(allRows(), filter()), sort(), today()));
  const needingAttention = () => allRows().filter((row) => attentionReasons(row, today()).length > 0).length;
  const setSort = (next: DashboardSort) => {
    setSortSignal(next);
    keep({ sort: next });
  };
  const changeSort = (key: SortKey) => setSort({ key, descending: sort().key === key ? !sort().descending : false });
  const attentionText = useAttentionText();

  const exportCsv = () => {
    const csv = dashboardCsv(rows(), {
      headers: [
        t("dashboard.col.student"),
        t("dashboard.csv.project"),
        t("dashboard.csv.kind"),
        t("dashboard.csv.start"),
        t("dashboard.csv.end"),
        t("dashboard.col.status"),
        t("dashboard.csv.daysLogged"),
        t("dashboard.csv.daysExpected"),
        t("dashboard.col.lastSync"),
        t("dashboard.csv.appraisalsDue"),
        t("dashboard.csv.appraisalsDone"),
        t("dashboard.csv.present"),
        t("dashboard.csv.absent"),
        t("dashboard.csv.excused"),
        t("dashboard.csv.undeclared"),
        t("dashboard.csv.weeksConfirmed"),
        t("dashboard.csv.signedBy"),
        t("dashboard.csv.certificate"),
        t("dashboard.csv.cancelledReason"),
        t("dashboard.csv.tutor"),
        t("dashboard.csv.tutorEmail"),
        t("dashboard.csv.contact"),
        t("dashboard.csv.contactEmail"),
        t("dashboard.csv.homeNmo"),
        t("dashboard.csv.homeCountry"),
        t("dashboard.csv.checklistDone"),
        t("dashboard.csv.checklistTotal"),
        t("dashboard.csv.attention"),
      ],
      status: (status) => t(statusLabels[status]),
      kind: (kind) => t(kind === "research" ? "exchangeForm.kindResearch" : "exchangeForm.kindProfessional"),
      signer: (who) => t(who === "student" ? "exchanges.role.student" : "exchanges.role.tutor"),
      yes: t("dashboard.yes"),
      no: t("dashboard.no"),
      attention: attentionText,
      today: today(),
    });
    downloadFile(`incoming-students-${summary.latest?.body.today ?? "today"}.csv`, utf8Bom + csv, "text/csv;charset=utf-8");
  };

  return (
    <div class="officer-home">
      <PageTitle>{t("officer.title")}</PageTitle>
      <p>{t("officer.lead", { committee: props.session.title })}</p>
      <div class="actions">
        <A class="button primary" href={`${home()}/exchanges/new`}>
          {t("exchanges.newTitle")}
        </A>
        <A class="button" href={`${home()}/offers`}>
          {t("officer.offersLink")}
        </A>
        <A class="button" href={`${home()}/program`}>
          {t("program.editTitle")}
        </A>
      </div>
      <section aria-labelledby="dashboard-heading">
        <h2 id="dashboard-heading">{t("dashboard.title")}</h2>
        <Switch fallback={<p role="status">{t("loading")}</p>}>
          <Match when={summary.error}>
            <p class="error" role="alert">
              {isUnreachable(summary.error) ? t("exchanges.notCached") : t("exchanges.loadFailed")}
            </p>
            <button type="button" onClick={() => void refetch()}>
              {t("dashboard.retry")}
            </button>
          </Match>
          <Match when={kept() && summary.latest}>
            {(fetched) => (
              <>
                <StaleNotice fetchedAt={fetched().fetchedAt} fromCache={fetched().fromCache} />
                <Show when={fetched().body.rows.length > 0} fallback={<p>{t("dashboard.empty")}</p>}>
                  <p class="attention-summary" role="status">
                    <Show when={needingAttention() > 0}>{t("dashboard.attentionCount", { count: needingAttention() })}</Show>
                  </p>
                  <DashboardFilters filter={filter()} months={monthsOf(fetched().body.rows)} onChange={setFilter}>
                    <DashboardSortPicker sort={sort()} onChange={setSort} />
                  </DashboardFilters>
                  <div class="actions">
                    <button type="button" onClick={exportCsv}>
                      {t("dashboard.exportCsv")}
                    </button>
                    <button type="button" disabled={summary.loading} onClick={() => void refetch()}>
                      {t("dashboard.refresh")}
                    </button>
                  </div>
                  <Show
                    when={rows().length > 0}
                    fallback={
                      <div class="no-match">
                        <p>{t("dashboard.noMatch")}</p>
                        <button type="button" disabled={!isFiltered(filter())} onClick={() => setFilter(noFilter)}>
                          {t("dashboard.clearFilters")}
                        </button>
                      </div>
                    }
                  >
                    <DashboardTable rows={rows()} today={today()} sort={sort()} onSort={changeSort} exchangeHref={(id) => `${home()}/exchanges/${id}`} />
                    <DashboardCards rows={rows()} today={today()} exchangeHref={(id) => `${home()}/exchanges/${id}`} />
                  </Show>
                </Show>
              </>
            )}
          </Match>
        </Switch>
      </section>
    </div>
  );
}

export default function OfficerHomePage() {
  return (
    <RolePage role="officer" documents={false}>
      {(session) => <Dashboard session={session} />}
    </RolePage>
  );
}
