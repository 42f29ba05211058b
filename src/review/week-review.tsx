import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { weekDates } from "../logbook/rules/calendar";
import { hoursInWeek, isLogged } from "../logbook/rules/totals";
import { DaySummary } from "../logbook/day-summary";
import { LastEditNote } from "../logbook/last-edit-note";
import { useTutorScreen } from "./tutor-context";
import { WeekConfirmation } from "./week-confirmation";
import { weekKey } from "./tutor-document";
import { isNewSince } from "./tutor-attention";

/** One logged day as the student wrote it, and the tutor's comment on it; marked when new since the tutor's last visit. */
function ReviewedDay(props: { date: string; since: number | null }) {
  const { t, formatDate } = useI18n();
  const screen = useTutorScreen();
  const day = () => screen.student.data.days[props.date]!;
  const commentId = () => `comment-${props.date}`;
  const isNew = () => props.since !== null && isNewSince(day(), props.since);
  return (
    <article class="card" classList={{ "new-entry": isNew() }} id={`entry-${props.date}`} aria-labelledby={`day-${props.date}`}>
      <h3 id={`day-${props.date}`}>
        <Show when={isNew()}>
          <span class="new-badge">{t("tutor.new")}</span>{" "}
        </Show>
        {formatDate(props.date, "day")} · {t("student.days.logged", { hours: day().hours ?? 0 })}
      </h3>
      <DaySummary day={day()} />
      <LastEditNote edit={day().lastEdit} viewerId={screen.session.personId} />
      <label for={commentId()}>{t("tutor.comment.label", { day: formatDate(props.date, "day") })}</label>
      <textarea
        id={commentId()}
        class="comment-field"
        value={screen.review.data.comments[props.date] ?? ""}
        onInput={(event) => screen.review.setComment(props.date, event.currentTarget.value)}
      />
    </article>
  );
}

/**
 * One exchange week, folded or open: its hours, days written, whether its attendance is
 * confirmed and how many days are new, then each logged day to comment on and the confirmation.
 */
export function WeekReview(props: { week: number; since: number | null; open: boolean }) {
  const { t } = useI18n();
  const screen = useTutorScreen();
  const entries = () => Object.values(screen.student.data.days);
  const loggedDates = () =>
    weekDates(props.week, screen.startDate, screen.endDate).filter((date) => {
      const day = screen.student.data.days[date];
      return day !== undefined && isLogged(day);
    });
  const newCount = () => (props.since === null ? 0 : loggedDates().filter((date) => isNewSince(screen.student.data.days[date], props.since)).length);
  const confirmed = () => screen.review.data.attendanceConfirmations[weekKey(props.week)]?.confirmed ?? false;
  const toCome = () => (weekDates(props.week, screen.startDate, screen.endDate)[0] ?? "") > screen.today();
  return (
    <details class="week" id={`week-${props.week}-details`} open={props.open}>
      <summary>
        <h2 id={`week-${props.week}`}>{t("student.days.week", { week: props.week, hours: hoursInWeek(entries(), props.week, screen.startDate) })}</h2>
        <span class="week-facts">
          {t("tutor.week.written", { count: loggedDates().length })}
          {" · "}
          {confirmed() ? t("tutor.week.isConfirmed") : toCome() ? t("tutor.week.toCome") : t("tutor.week.isNotConfirmed")}
          <Show when={newCount() > 0}>
            {" · "}
            <strong>{t("tutor.week.new", { count: newCount() })}</strong>
          </Show>
        </span>
      </summary>
      <section aria-labelledby={`week-${props.week}`}>
        <For each={loggedDates()} fallback={<p>{t("tutor.weekEmpty")}</p>}>
          {(date) => <ReviewedDay date={date} since={props.since} />}
        </For>
        <WeekConfirmation week={props.week} />
      </section>
    </details>
  );
}
