import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { exchangeWeeks } from "../logbook/rules/calendar";
import { TutorScreen, useTutorScreen } from "./tutor-context";
import { TutorNav } from "./tutor-nav";
import { MyStudents } from "./my-students";
import { WeekReview } from "./week-review";
import "../logbook/student.css";
import "./review.css";

/** The student's logbook week by week, with the tutor's comments and weekly confirmations. */
function LogbookByWeek() {
  const { t } = useI18n();
  const screen = useTutorScreen();
  const weeks = () => Array.from({ length: exchangeWeeks(screen.startDate, screen.endDate) }, (_, i) => i + 1);
  return (
    <>
      <PageTitle>{t("tutor.title")}</PageTitle>
      <p>{t("tutor.lead", { student: screen.session.title })}</p>
      <TutorNav />
      <MyStudents currentPersonId={screen.session.personId} />
      <p class="hint">{t("tutor.autosave")}</p>
      <Show when={screen.student.loaded() && screen.review.loaded()} fallback={<p role="status">{t("tutor.loading")}</p>}>
        <For each={weeks()}>{(week) => <WeekReview week={week} />}</For>
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
