import { Show, lazy } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { TutorScreen, useTutorScreen } from "./tutor-context";
import { TutorNav } from "./tutor-nav";
import { MyStudents } from "./my-students";
import { useExchangeDetails } from "../logbook/exchange-details-store";
import { PreparationCard } from "../logbook/preparation-card";
import "../logbook/student.css";
import "./review.css";

const TutorLogbook = lazy(() => import("./tutor-logbook"));

/** What needs the tutor, then the student's logbook week by week with the tutor's comments and weekly confirmations. */
function LogbookByWeek() {
  const { t } = useI18n();
  const screen = useTutorScreen();
  const details = useExchangeDetails(screen.session);
  return (
    <>
      <PageTitle>{t("tutor.title")}</PageTitle>
      <p>{t("tutor.lead", { student: screen.session.title })}</p>
      <TutorNav />
      <MyStudents currentPersonId={screen.session.personId} />
      {/* Before the first day it is what there is to check; after it, it comes after the weeks. */}
      <Show when={screen.today() < screen.startDate}>
        <PreparationCard details={details()} audience="tutor" />
      </Show>
      <p class="hint">{t("tutor.autosave")}</p>
      <Show when={screen.student.loaded() && screen.review.loaded()} fallback={<p role="status">{t("tutor.loading")}</p>}>
        <TutorLogbook />
      </Show>
      <Show when={screen.today() >= screen.startDate}>
        <PreparationCard details={details()} audience="tutor" />
      </Show>
    </>
  );
}

/** Shows before the Yjs side has loaded: the weeks appear when both documents have. */
export default function TutorHomePage() {
  return (
    <TutorScreen waitForRuntime={false}>
      <LogbookByWeek />
    </TutorScreen>
  );
}
