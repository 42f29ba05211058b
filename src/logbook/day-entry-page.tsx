import { A, useParams } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { StudentScreen, useStudentScreen } from "./student-context";
import { StudentNav } from "./student-nav";
import { LastEditNote } from "./last-edit-note";
import { useTutorDocumentReader } from "../review/tutor-document-reader";
import { TutorFeedback } from "../review/tutor-feedback";
import { addDays, isWithinPeriod } from "./rules/calendar";
import { validateHours } from "./rules/totals";
import { skillsFor } from "./rules/skills";
import type { DayTextField } from "./student-document";
import type { MessageKey } from "../app/i18n/locales";
import "./student.css";

const textFields: { field: DayTextField; label: MessageKey; hint: MessageKey }[] = [
  { field: "activities", label: "student.day.activities", hint: "student.day.activitiesHint" },
  { field: "reflection", label: "student.day.reflection", hint: "student.day.reflectionHint" },
  { field: "questions", label: "student.day.questions", hint: "student.day.questionsHint" },
];

function HoursField(props: { date: string }) {
  const { t } = useI18n();
  const screen = useStudentScreen();
  const stored = () => screen.logbook.data.days[props.date]?.hours;
  const [draft, setDraft] = createSignal<string | null>(null);
  const [problem, setProblem] = createSignal<MessageKey | null>(null);
  const onInput = (value: string) => {
    setDraft(value);
    if (value.trim() === "") {
      setProblem(null);
      return screen.logbook.setDayHours(props.date, null);
    }
    const result = validateHours(value);
    if (!result.ok) return setProblem(`student.day.hours.${result.problem}` as MessageKey);
    setProblem(null);
    screen.logbook.setDayHours(props.date, result.hours);
  };
  return (
    <>
      <label for="hours">{t("student.day.hours")}</label>
      <input
        id="hours"
        inputmode="decimal"
        autocomplete="off"
        aria-describedby={problem() ? "hours-problem" : undefined}
        aria-invalid={problem() ? "true" : undefined}
        value={draft() ?? (stored() ?? "").toString()}
        onInput={(event) => onInput(event.currentTarget.value)}
        onBlur={() => !problem() && setDraft(null)}
        class="hours-input"
      />
      <Show when={problem()}>
        <p id="hours-problem" class="error" role="alert">
          {t(problem()!)}
        </p>
      </Show>
    </>
  );
}

function DayForm(props: { date: string }) {
  const { t } = useI18n();
  const screen = useStudentScreen();
  const day = () => screen.logbook.data.days[props.date];
  const skills = () => skillsFor(screen.kind, []);
  return (
    <form onSubmit={(event) => event.preventDefault()} aria-describedby="autosave-note">
      <p id="autosave-note" class="hint">
        {t("student.day.autosave")}
      </p>
      <HoursField date={props.date} />
      <For each={textFields}>
        {(entry) => (
          <>
            <label for={`day-${entry.field}`}>{t(entry.label)}</label>
            <p class="hint" id={`day-${entry.field}-hint`}>
              {t(entry.hint)}
            </p>
            <textarea
              id={`day-${entry.field}`}
              aria-describedby={`day-${entry.field}-hint`}
              value={day()?.[entry.field] ?? ""}
              onInput={(event) => screen.logbook.setDayText(props.date, entry.field, event.currentTarget.value)}
            />
          </>
        )}
      </For>
      <fieldset class="skills">
        <legend>{t("student.day.skills")}</legend>
        <For each={skills()}>
          {(skill) => (
            <label>
              <input
                type="checkbox"
                checked={day()?.skills.includes(skill.id) ?? false}
                onChange={(event) => screen.logbook.setSkill(props.date, skill.id, event.currentTarget.checked)}
              />
              {skill.labelKey ? t(skill.labelKey as MessageKey) : skill.label}
            </label>
          )}
        </For>
      </fieldset>
      <LastEditNote edit={day()?.lastEdit ?? null} viewerId={screen.session.personId} />
    </form>
  );
}

function DayEntry() {
  const { t, formatDate } = useI18n();
  const screen = useStudentScreen();
  const params = useParams<{ date: string }>();
  const inPeriod = () => isWithinPeriod(params.date, screen.startDate, screen.endDate);
  const longDate = () => formatDate(params.date, "day");
  const neighbour = (days: number) => addDays(params.date, days);
  const tutor = useTutorDocumentReader(screen.session.exchangeId ?? "");
  return (
    <>
      <div class="day-switcher">
        <Show when={isWithinPeriod(neighbour(-1), screen.startDate, screen.endDate)}>
          <A href={`${screen.base}/day/${neighbour(-1)}`}>{t("student.day.previous")}</A>
        </Show>
        <PageTitle>{longDate()}</PageTitle>
        <Show when={isWithinPeriod(neighbour(1), screen.startDate, screen.endDate)}>
          <A href={`${screen.base}/day/${neighbour(1)}`}>{t("student.day.next")}</A>
        </Show>
      </div>
      <StudentNav />
      <Show when={inPeriod()} fallback={<p class="error">{t("student.day.outside", { start: formatDate(screen.startDate, "date"), end: formatDate(screen.endDate, "date") })}</p>}>
        <Show when={screen.logbook.loaded()} fallback={<p role="status">{t("student.loading")}</p>}>
          <DayForm date={params.date} />
          <TutorFeedback id="tutor-comment" heading={t("fromTutor.comment")} text={tutor.comments[params.date]} />
        </Show>
      </Show>
    </>
  );
}

export default function DayEntryPage() {
  return (
    <StudentScreen>
      <DayEntry />
    </StudentScreen>
  );
}
