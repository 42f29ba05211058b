import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { StudentScreen, useStudentScreen } from "./student-context";
import { StudentNav } from "./student-nav";
import { attendanceTotals } from "./rules/totals";
import type { AttendanceStatus } from "./student-document";
import type { MessageKey } from "../app/i18n/locales";
import "./student.css";

const statuses: { value: AttendanceStatus; label: MessageKey }[] = [
  { value: "present", label: "student.attendance.present" },
  { value: "absent", label: "student.attendance.absent" },
  { value: "excused", label: "student.attendance.excused" },
];

function DayAttendance(props: { date: string }) {
  const { t, formatDate } = useI18n();
  const screen = useStudentScreen();
  const declared = () => screen.logbook.data.attendance[props.date];
  return (
    <li class="card attendance-day">
      <fieldset class="choice-row">
        <legend>{formatDate(props.date, "day")}</legend>
        <For each={statuses}>
          {(status) => (
            <label>
              <input
                type="radio"
                name={`attendance-${props.date}`}
                value={status.value}
                checked={declared()?.status === status.value}
                onChange={() => screen.logbook.declareAttendance(props.date, status.value)}
              />
              {t(status.label)}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={declared()?.status === "excused" || declared()?.status === "absent"}>
        <label for={`reason-${props.date}`}>{t("student.attendance.reason")}</label>
        <textarea
          id={`reason-${props.date}`}
          class="reason-field"
          value={declared()?.reason ?? ""}
          onInput={(event) => screen.logbook.setAttendanceReason(props.date, event.currentTarget.value)}
        />
      </Show>
    </li>
  );
}

function Attendance() {
  const { t, formatDate } = useI18n();
  const screen = useStudentScreen();
  const totals = () => attendanceTotals(screen.logbook.data.attendance, screen.workingDays, screen.today());
  // A day is declared once it has come: nobody can have been present on a day still ahead.
  const declarable = () => screen.workingDays.filter((date) => date <= screen.today());
  const upcoming = () => screen.workingDays.filter((date) => date > screen.today());
  return (
    <>
      <PageTitle>{t("student.attendance.title")}</PageTitle>
      <StudentNav />
      <p data-testid="attendance-summary">
        {t("student.attendance.summary", { present: totals().present, absent: totals().absent, excused: totals().excused, undeclared: totals().undeclared })}
      </p>
      <p class="hint">{t("student.attendance.hint")}</p>
      <ul class="attendance-days">
        <For each={declarable()}>{(date) => <DayAttendance date={date} />}</For>
      </ul>
      <Show when={upcoming().length > 0}>
        <h2>{t("student.attendance.upcoming", { count: upcoming().length })}</h2>
        <ul class="upcoming-days">
          <For each={upcoming()}>{(date) => <li>{formatDate(date, "day")}</li>}</For>
        </ul>
      </Show>
    </>
  );
}

export default function AttendancePage() {
  return (
    <StudentScreen>
      <Attendance />
    </StudentScreen>
  );
}
