import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { RolePage } from "../session/role-page";
import type { SessionRecord } from "../db/schema";
import { useStudentLogbookReader } from "./student-logbook-reader";
import { exchangeWeeks, weekDates } from "../logbook/rules/calendar";
import { hoursInWeek, isLogged } from "../logbook/rules/totals";
import { LastEditNote } from "../logbook/last-edit-note";
import type { MessageKey } from "../app/i18n/locales";
import "../logbook/student.css";

function LogbookByWeek(props: { session: SessionRecord }) {
  const { t } = useI18n();
  // A role page's session does not change while it is shown.
  // eslint-disable-next-line solid/reactivity
  const logbook = useStudentLogbookReader(props.session.exchangeId ?? "");
  const start = () => props.session.exchange?.startDate ?? "";
  const end = () => props.session.exchange?.endDate ?? "";
  const weeks = () => Array.from({ length: exchangeWeeks(start(), end()) }, (_, i) => i + 1);
  const entries = () => Object.values(logbook.data.days);
  const dayName = (date: string) =>
    new Intl.DateTimeFormat(undefined, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
  return (
    <Show when={logbook.loaded()} fallback={<p role="status">{t("loading")}</p>}>
      <For each={weeks()}>
        {(week) => (
          <section aria-labelledby={`tutor-week-${week}`}>
            <h2 id={`tutor-week-${week}`}>{t("student.days.week", { week, hours: hoursInWeek(entries(), week, start()) })}</h2>
            <For each={weekDates(week, start(), end()).filter((date) => logbook.data.days[date] && isLogged(logbook.data.days[date]!))} fallback={<p>{t("tutor.weekEmpty")}</p>}>
              {(date) => {
                const day = () => logbook.data.days[date]!;
                return (
                  <article class="card" aria-labelledby={`tutor-day-${date}`}>
                    <h3 id={`tutor-day-${date}`}>
                      {dayName(date)} · {t("student.days.logged", { hours: day().hours ?? 0 })}
                    </h3>
                    <For each={(["activities", "reflection", "questions"] as const).filter((field) => day()[field].trim() !== "")}>
                      {(field) => (
                        <p class="prewrap">
                          <strong>{t(`student.day.${field}` as MessageKey)}:</strong> {day()[field]}
                        </p>
                      )}
                    </For>
                    <Show when={day().skills.length > 0}>
                      <p>
                        <strong>{t("student.day.skills")}:</strong> {day().skills.map((id) => (id.startsWith("extra:") ? id.slice(6) : t(skillKey(id)))).join(", ")}
                      </p>
                    </Show>
                    <LastEditNote edit={day().lastEdit} />
                  </article>
                );
              }}
            </For>
          </section>
        )}
      </For>
    </Show>
  );
}

/** "data-collection" → "skill.dataCollection"; host extras fall back to their id. */
function skillKey(id: string): MessageKey {
  return `skill.${id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}` as MessageKey;
}

export default function TutorHomePage() {
  const { t } = useI18n();
  return (
    <RolePage role="tutor">
      {(session) => (
        <>
          <PageTitle>{t("tutor.title")}</PageTitle>
          <p>{t("tutor.lead", { student: session.title })}</p>
          <LogbookByWeek session={session} />
        </>
      )}
    </RolePage>
  );
}
