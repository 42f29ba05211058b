import { For } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { weekDates } from "../logbook/rules/calendar";
import { hoursInWeek, isLogged } from "../logbook/rules/totals";
import { DaySummary } from "../logbook/day-summary";
import { LastEditNote } from "../logbook/last-edit-note";
import { useTutorScreen } from "./tutor-context";
import { WeekConfirmation } from "./week-confirmation";
import { longDayName } from "./long-day-name";

/** One logged day as the student wrote it, and the tutor's comment on it. */
function ReviewedDay(props: { date: string }) {
  const { t } = useI18n();
  const screen = useTutorScreen();
  const day = () => screen.student.data.days[props.date]!;
  const commentId = () => `comment-${props.date}`;
  return (
    <article class="card" aria-labelledby={`day-${props.date}`}>
      <h3 id={`day-${props.date}`}>
        {longDayName(props.date)} · {t("student.days.logged", { hours: day().hours ?? 0 })}
      </h3>
      <DaySummary day={day()} />
      <LastEditNote edit={day().lastEdit} />
      <label for={commentId()}>{t("tutor.comment.label", { day: longDayName(props.date) })}</label>
      <textarea
        id={commentId()}
        class="comment-field"
        value={screen.review.data.comments[props.date] ?? ""}
        onInput={(event) => screen.review.setComment(props.date, event.currentTarget.value)}
      />
    </article>
  );
}

/** One exchange week: its hours, attendance to confirm, and each logged day to comment on. */
export function WeekReview(props: { week: number }) {
  const { t } = useI18n();
  const screen = useTutorScreen();
  const entries = () => Object.values(screen.student.data.days);
  const loggedDates = () =>
    weekDates(props.week, screen.startDate, screen.endDate).filter((date) => {
      const day = screen.student.data.days[date];
      return day !== undefined && isLogged(day);
    });
  return (
    <section aria-labelledby={`week-${props.week}`}>
      <h2 id={`week-${props.week}`}>{t("student.days.week", { week: props.week, hours: hoursInWeek(entries(), props.week, screen.startDate) })}</h2>
      <For each={loggedDates()} fallback={<p>{t("tutor.weekEmpty")}</p>}>
        {(date) => <ReviewedDay date={date} />}
      </For>
      <WeekConfirmation week={props.week} />
    </section>
  );
}
