import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { useTutorScreen } from "./tutor-context";
import { declaredAttendance } from "./week-attendance";
import { weekKey } from "./tutor-document";
import { weekDates, weekReadyToConfirm } from "../logbook/rules/calendar";

/** The student's declared attendance for one week, and the tutor's confirmation of it. */
export function WeekConfirmation(props: { week: number }) {
  const { t, formatDate, formatTime } = useI18n();
  const screen = useTutorScreen();
  const id = () => `week-${props.week}-attendance`;
  const days = () => declaredAttendance(props.week, screen, screen.student.data.attendance);
  const confirmation = () => screen.review.data.attendanceConfirmations[weekKey(props.week)];
  const note = () => confirmation()?.note ?? "";
  const confirmed = () => confirmation()?.confirmed ?? false;
  const ready = () => weekReadyToConfirm(props.week, screen.startDate, screen.endDate, screen.workingDays, screen.today());
  const lastWorkingDay = () => days().at(-1)?.date ?? weekDates(props.week, screen.startDate, screen.endDate).at(-1) ?? "";
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
                  <th scope="row">{formatDate(day.date, "day")}</th>
                  <td>
                    {/* A day that has not come counts for nothing, whatever a device wrote for it. */}
                    {day.date > screen.today() ? t("student.days.kind.upcoming") : day.status ? t(`student.attendance.${day.status}` as MessageKey) : t("tutor.week.notDeclared")}
                  </td>
                  <td class="prewrap">{day.reason}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <label class="confirm-week">
        <input
          type="checkbox"
          checked={confirmed()}
          disabled={!ready() && !confirmed()}
          aria-describedby={ready() ? undefined : `${id()}-not-yet`}
          onChange={(event) => screen.review.confirmWeek(props.week, event.currentTarget.checked, note())}
        />
        {t("tutor.week.confirm", { week: props.week })}
      </label>
      <Show when={!ready() && days().length > 0}>
        <p class="hint" id={`${id()}-not-yet`}>
          {t("tutor.week.notYet", { week: props.week, date: formatDate(lastWorkingDay(), "day") })}
        </p>
      </Show>
      <label for={`${id()}-note`}>{t("tutor.week.note", { week: props.week })}</label>
      <input id={`${id()}-note`} value={note()} onInput={(event) => screen.review.confirmWeek(props.week, confirmed(), event.currentTarget.value)} />
      <p role="status">
        {confirmation()?.confirmed && confirmation()?.at
          ? t("tutor.week.confirmedAt", { week: props.week, when: formatTime(confirmation()!.at!, "dateTime") })
          : t("tutor.week.notConfirmed", { week: props.week })}
      </p>
    </section>
  );
}
