import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { useTutorScreen } from "./tutor-context";
import { declaredAttendance } from "./week-attendance";
import { weekKey } from "./tutor-document";
import { longDayName } from "./long-day-name";

/** The student's declared attendance for one week, and the tutor's confirmation of it. */
export function WeekConfirmation(props: { week: number }) {
  const { t, locale } = useI18n();
  const screen = useTutorScreen();
  const id = () => `week-${props.week}-attendance`;
  const days = () => declaredAttendance(props.week, screen, screen.student.data.attendance);
  const confirmation = () => screen.review.data.attendanceConfirmations[weekKey(props.week)];
  const note = () => confirmation()?.note ?? "";
  const confirmed = () => confirmation()?.confirmed ?? false;
  const when = (at: number) => new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(at);
  return (
    <section class="card" aria-labelledby={`${id()}-heading`}>
      <h3 id={`${id()}-heading`}>{t("tutor.week.attendance", { week: props.week })}</h3>
      <Show when={days().length > 0} fallback={<p>{t("tutor.week.noWorkingDays")}</p>}>
        <table class="attendance-table">
          <thead>
            <tr>
              <th scope="col">{t("tutor.week.day")}</th>
              <th scope="col">{t("tutor.week.declared")}</th>
              <th scope="col">{t("tutor.week.reason")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={days()}>
              {(day) => (
                <tr>
                  <th scope="row">{longDayName(day.date)}</th>
                  <td>{day.status ? t(`student.attendance.${day.status}` as MessageKey) : t("tutor.week.notDeclared")}</td>
                  <td class="prewrap">{day.reason}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <label class="confirm-week">
        <input type="checkbox" checked={confirmed()} onChange={(event) => screen.review.confirmWeek(props.week, event.currentTarget.checked, note())} />
        {t("tutor.week.confirm", { week: props.week })}
      </label>
      <label for={`${id()}-note`}>{t("tutor.week.note", { week: props.week })}</label>
      <input id={`${id()}-note`} value={note()} onInput={(event) => screen.review.confirmWeek(props.week, confirmed(), event.currentTarget.value)} />
      <p role="status">
        {confirmation()?.confirmed && confirmation()?.at
          ? t("tutor.week.confirmedAt", { week: props.week, when: when(confirmation()!.at!) })
          : t("tutor.week.notConfirmed", { week: props.week })}
      </p>
    </section>
  );
}
