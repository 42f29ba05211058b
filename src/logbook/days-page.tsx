import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { PageTitle } from "../ui/page-title";
import { StudentScreen, useStudentScreen } from "./student-context";
import { StudentNav } from "./student-nav";
import { exchangeWeeks, weekDates } from "./rules/calendar";
import { hoursInWeek, isLogged } from "./rules/totals";
import { dayKind } from "./rules/day-kind";
import "./student.css";

/** One day on the list: written (with its hours) or not, and what kind of day it is, in words. */
function DayRow(props: { date: string; working: ReadonlySet<string> }) {
  const { t, formatDate } = useI18n();
  const screen = useStudentScreen();
  const entry = () => screen.logbook.data.days[props.date];
  const logged = () => entry() !== undefined && isLogged(entry()!);
  const kind = () => dayKind(props.date, props.working, screen.logbook.data.attendance, screen.today());
  return (
    <li class={`day-row day-${kind()}`} classList={{ "day-logged": logged() }}>
      <A href={`${screen.base}/day/${props.date}`}>{formatDate(props.date, "dayShort")}</A>
      <span class="day-state">
        <Show when={kind() !== "working"}>
          <span class="day-kind">{t(`student.days.kind.${kind()}` as MessageKey)}</span>
        </Show>
        <span>{logged() ? t("student.days.logged", { hours: entry()!.hours ?? 0 }) : kind() === "working" ? t("student.days.empty") : ""}</span>
      </span>
    </li>
  );
}

function Days() {
  const { t } = useI18n();
  const screen = useStudentScreen();
  const weeks = () => Array.from({ length: exchangeWeeks(screen.startDate, screen.endDate) }, (_, i) => i + 1);
  const entries = () => Object.values(screen.logbook.data.days);
  const working = new Set(screen.workingDays);
  return (
    <>
      <PageTitle>{t("student.days.title")}</PageTitle>
      <StudentNav />
      <For each={weeks()}>
        {(week) => (
          <section aria-labelledby={`week-${week}`}>
            <h2 id={`week-${week}`}>{t("student.days.week", { week, hours: hoursInWeek(entries(), week, screen.startDate) })}</h2>
            <ul class="week-list">
              <For each={weekDates(week, screen.startDate, screen.endDate)}>{(date) => <DayRow date={date} working={working} />}</For>
            </ul>
          </section>
        )}
      </For>
    </>
  );
}

export default function DaysPage() {
  return (
    <StudentScreen>
      <Days />
    </StudentScreen>
  );
}
