import { createMemo, createResource, createSignal, Match, Show, Switch } from "solid-js";
import { A } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { RolePage } from "../session/role-page";
import type { SessionRecord } from "../db/schema";
import { downloadFile } from "../ui/download-file";
import { useOfficerStore, isUnreachable } from "./officer-store";
import { dashboardCsv, filterRows, monthsOf, noFilter, sortRows, type DashboardFilter, type DashboardSort, type SortKey } from "./dashboard-view";
import { utf8Bom } from "./csv";
import { DashboardTable, statusLabels } from "./dashboard-table";
import { DashboardFilters } from "./dashboard-filters";
import { StaleNotice } from "./stale-notice";
import "./officer.css";

function Dashboard(props: { session: SessionRecord }) {
  const { t } = useI18n();
  // The session of a role page never changes while it is shown.
  // eslint-disable-next-line solid/reactivity
  const store = useOfficerStore(props.session);
  const [summary, { refetch }] = createResource(store.summary);
  const [filter, setFilter] = createSignal<DashboardFilter>(noFilter);
  const [sort, setSort] = createSignal<DashboardSort>({ key: "start", descending: false });
  const home = () => `/officer/${props.session.personId}`;
  const rows = createMemo(() => sortRows(filterRows(summary.latest?.body.rows ?? [], filter()), sort()));
  const changeSort = (key: SortKey) => setSort((current) => ({ key, descending: current.key === key ? !current.descending : false }));

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
      ],
      status: (status) => t(statusLabels[status]),
      kind: (kind) => t(kind === "research" ? "exchangeForm.kindResearch" : "exchangeForm.kindProfessional"),
      signer: (who) => t(who === "student" ? "exchanges.role.student" : "exchanges.role.tutor"),
      yes: t("dashboard.yes"),
      no: t("dashboard.no"),
    });
    downloadFile(`incoming-students-${summary.latest?.body.today ?? "today"}.csv`, utf8Bom + csv, "text/csv;charset=utf-8");
  };

  return (
    <>
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
          <Match when={summary.latest}>
            {(fetched) => (
              <>
                <StaleNotice fetchedAt={fetched().fetchedAt} fromCache={fetched().fromCache} />
                <Show when={fetched().body.rows.length > 0} fallback={<p>{t("dashboard.empty")}</p>}>
                  <DashboardFilters filter={filter()} months={monthsOf(fetched().body.rows)} onChange={setFilter} />
                  <div class="actions">
                    <button type="button" onClick={exportCsv}>
                      {t("dashboard.exportCsv")}
                    </button>
                    <button type="button" disabled={summary.loading} onClick={() => void refetch()}>
                      {t("dashboard.refresh")}
                    </button>
                  </div>
                  <DashboardTable rows={rows()} sort={sort()} onSort={changeSort} exchangeHref={(id) => `${home()}/exchanges/${id}`} />
                </Show>
              </>
            )}
          </Match>
        </Switch>
      </section>
    </>
  );
}

export default function OfficerHomePage() {
  return (
    <RolePage role="officer" documents={false}>
      {(session) => <Dashboard session={session} />}
    </RolePage>
  );
}
