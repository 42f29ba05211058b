import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import type { TutorDocumentData } from "../review/tutor-document";
import { weekKey } from "../review/tutor-document";
import { DaySummary } from "./day-summary";
import { exchangeDays, exchangeWeeks } from "./rules/calendar";
import { attendanceTotals, isLogged, totalHours } from "./rules/totals";
import type { StudentLogbookData } from "./student-document";

interface Period {
  startDate: string;
  endDate: string;
  workingDays: readonly string[];
  today: string;
}

/** One row per day written, with its hours, skills and the tutor's comment. */
export function PrintoutDays(props: { period: Period; logbook: StudentLogbookData; tutor: TutorDocumentData }) {
  const { t, formatDate } = useI18n();
  const written = () => exchangeDays(props.period.startDate, props.period.endDate).filter((date) => {
    const day = props.logbook.days[date];
    return day !== undefined && isLogged(day);
  });
  return (
    <section class="print-section" aria-labelledby="print-days">
      <h2 id="print-days">{t("print.days.title")}</h2>
      <p>{t("print.days.total", { count: written().length, hours: totalHours(written().map((date) => props.logbook.days[date]!)) })}</p>
      <For each={written()} fallback={<p>{t("student.export.noDays")}</p>}>
        {(date) => {
          const day = () => props.logbook.days[date]!;
          return (
            <section class="print-day" aria-label={formatDate(date, "day")}>
              <h3>
                {formatDate(date, "day")} · {t("print.days.hours", { hours: day().hours ?? 0 })}
              </h3>
              <DaySummary day={day()} />
              <Show when={props.tutor.comments[date]?.trim()}>
                <p class="prewrap">
                  <strong>{t("student.export.tutorComment")}:</strong> {props.tutor.comments[date]}
                </p>
              </Show>
            </section>
          );
        }}
      </For>
    </section>
  );
}

/** Attendance as counted for every screen, each absence with its reason, and the tutor's weekly confirmations. */
export function PrintoutAttendance(props: { period: Period; logbook: StudentLogbookData; tutor: TutorDocumentData }) {
  const { t, formatDate, formatTime } = useI18n();
  const totals = () => attendanceTotals(props.logbook.attendance, props.period.workingDays, props.period.today);
  const notPresent = () =>
    props.period.workingDays.filter((date) => date <= props.period.today && ["absent", "excused"].includes(props.logbook.attendance[date]?.status ?? ""));
  const weeks = () => Array.from({ length: exchangeWeeks(props.period.startDate, props.period.endDate) }, (_, i) => i + 1);
  return (
    <section class="print-section" aria-labelledby="print-attendance">
      <h2 id="print-attendance">{t("student.attendance.title")}</h2>
      <p>{t("student.attendance.summary", { present: totals().present, absent: totals().absent, excused: totals().excused, undeclared: totals().undeclared })}</p>
      <Show when={notPresent().length > 0}>
        <ul>
          <For each={notPresent()}>
            {(date) => (
              <li class="prewrap">
                {formatDate(date, "day")}: {t(`student.attendance.${props.logbook.attendance[date]!.status}` as MessageKey)}
                {props.logbook.attendance[date]!.reason.trim() ? ` — ${props.logbook.attendance[date]!.reason}` : ""}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <h3>{t("print.weeks.title")}</h3>
      <ul>
        <For each={weeks()}>
          {(week) => {
            const confirmation = () => props.tutor.attendanceConfirmations[weekKey(week)];
            return (
              <li class="prewrap">
                {confirmation()?.confirmed && confirmation()?.at
                  ? t("tutor.week.confirmedAt", { week, when: formatTime(confirmation()!.at!, "dateTime") })
                  : t("tutor.week.notConfirmed", { week })}
                {confirmation()?.note.trim() ? ` ${confirmation()!.note}` : ""}
              </li>
            );
          }}
        </For>
      </ul>
    </section>
  );
}
