import { A } from "@solidjs/router";
import { Show, lazy } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { StudentScreen, useStudentScreen } from "./student-context";
import { StudentNav } from "./student-nav";
import { StudentFigures } from "./student-figures";
import { StorageWarning } from "../settings/storage-warning";
import { isLogged } from "./rules/totals";
import { clampToPeriod } from "./rules/calendar";
import { useExchangeDetails } from "./exchange-details-store";
import { PreparationCard } from "./preparation-card";
import "./student.css";

// The host committee's program has its own document, which opens after the logbook's: its code
// (program, arrival, calendar export) comes with it rather than with the first screen.
const ProgramForStudent = lazy(() => import("../program/program-for-student").then((module) => ({ default: module.ProgramForStudent })));

function TodayCard() {
  const { t, formatDate } = useI18n();
  const screen = useStudentScreen();
  const target = () => clampToPeriod(screen.today(), screen.startDate, screen.endDate);
  const entry = () => screen.logbook.data.days[target()];
  const isToday = () => target() === screen.today();
  return (
    <section class="card" aria-labelledby="today-heading">
      <h2 id="today-heading">{isToday() ? t("student.today.title") : t("student.today.outside", { date: formatDate(target(), "day") })}</h2>
      <p>{entry() && isLogged(entry()!) ? t("student.today.logged") : t("student.today.notLogged")}</p>
      <A class="button primary" href={`${screen.base}/day/${target()}`}>
        {entry() && isLogged(entry()!) ? t("student.today.edit") : t("student.today.write")}
      </A>
    </section>
  );
}

function StudentHome() {
  const { t } = useI18n();
  const screen = useStudentScreen();
  const details = useExchangeDetails(screen.session);
  return (
    <>
      <PageTitle>{t("student.title")}</PageTitle>
      <p>{screen.session.title}</p>
      <StudentNav />
      <StorageWarning />
      {/* The program comes with the logbook, so the loading line does not push it down. */}
      <Show when={screen.logbook.loaded()} fallback={<p role="status">{t("student.loading")}</p>}>
        {/* Before the first day, preparing is what there is to do; after it, today's entry. */}
        <Show when={screen.today() < screen.startDate}>
          <PreparationCard details={details()} audience="student" />
        </Show>
        <TodayCard />
        <Show when={screen.today() >= screen.startDate}>
          <PreparationCard details={details()} audience="student" />
        </Show>
        <StudentFigures />
        <ProgramForStudent session={screen.session} />
      </Show>
    </>
  );
}

/** Shows before the Yjs side has loaded: the logbook's data appears when it has. */
export default function StudentHomePage() {
  return (
    <StudentScreen waitForRuntime={false}>
      <StudentHome />
    </StudentScreen>
  );
}
