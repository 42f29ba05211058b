import { A } from "@solidjs/router";
import { For } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { StudentScreen, useStudentScreen } from "./student-context";
import { StudentNav } from "./student-nav";
import { exchangeWeeks, weekDates } from "./rules/calendar";
import { hoursInWeek, isLogged } from "./rules/totals";
import "./student.css";

function Days() {
  const { t } = useI18n();
  const screen = useStudentScreen();
  const weeks = () => Array.from({ length: exchangeWeeks(screen.startDate, screen.endDate) }, (_, i) => i + 1);
  const entries = () => Object.values(screen.logbook.data.days);
  const dayName = (date: string) => new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
  return (
    <>
      <PageTitle>{t("student.days.title")}</PageTitle>
      <StudentNav />
      <For each={weeks()}>
        {(week) => (
          <section aria-labelledby={`week-${week}`}>
            <h2 id={`week-${week}`}>{t("student.days.week", { week, hours: hoursInWeek(entries(), week, screen.startDate) })}</h2>
            <ul class="week-list">
              <For each={weekDates(week, screen.startDate, screen.endDate)}>
                {(date) => {
                  const entry = () => screen.logbook.data.days[date];
                  return (
                    <li>
                      <A href={`${screen.base}/day/${date}`}>{dayName(date)}</A>
                      <span>{entry() && isLogged(entry()!) ? t("student.days.logged", { hours: entry()!.hours ?? 0 }) : t("student.days.empty")}</span>
                    </li>
                  );
                }}
              </For>
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
