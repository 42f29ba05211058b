import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { useStudentScreen } from "./student-context";
import { attendanceTotals, hoursInWeek, logbookProgress } from "./rules/totals";
import { weekOf } from "./rules/calendar";
import { appraisalDue, appraisalsDone, appraisalStatus } from "./rules/appraisals";
import type { MessageKey } from "../app/i18n/locales";

/** Progress at a glance: days logged, hours this week, attendance, and the appraisal due. */
export function StudentFigures() {
  const { t, formatDate } = useI18n();
  const screen = useStudentScreen();
  const entries = () => Object.values(screen.logbook.data.days);
  const progress = () => logbookProgress(entries(), screen.workingDays, screen.startDate, screen.endDate);
  const week = () => weekOf(screen.today(), screen.startDate);
  const attendance = () => attendanceTotals(screen.logbook.data.attendance, screen.workingDays, screen.today());
  const done = () => appraisalsDone(screen.logbook.data.appraisals);
  const due = () => appraisalDue(screen.appraisals, screen.today(), done());
  return (
    <>
      <h2>{t("student.progress.title")}</h2>
      <ul class="figures">
        <li>
          <strong>{t("student.progress.daysValue", { logged: progress().loggedWorkingDays, expected: progress().expectedDays })}</strong>
          {t("student.progress.days", { count: progress().expectedDays })}
        </li>
        <li>
          <strong>{week() === null ? "—" : t("student.progress.hoursValue", { hours: hoursInWeek(entries(), week() ?? 1, screen.startDate) })}</strong>
          {t("student.progress.hoursThisWeek")}
        </li>
        <li>
          <strong>{t("student.progress.attendanceValue", { present: attendance().present, total: attendance().total })}</strong>
          {t("student.progress.attendance", { count: attendance().total, absent: attendance().absent, excused: attendance().excused, undeclared: attendance().undeclared })}
        </li>
      </ul>
      <section class="card" aria-labelledby="appraisal-due-heading">
        <h2 id="appraisal-due-heading">{t("student.appraisalDue.title")}</h2>
        <Show when={due()} fallback={<p>{t("student.appraisalDue.none")}</p>}>
          {(appraisal) => (
            <>
              <p>
                {t(`student.appraisalDue.${appraisalStatus(appraisal(), screen.today(), done())}` as MessageKey, {
                  name: t(appraisal().labelKey as MessageKey),
                  due: formatDate(appraisal().dueDate, "day"),
                })}
              </p>
              <A class="button" href={`${screen.base}/appraisals#${appraisal().id}`}>
                {t("student.appraisalDue.fill")}
              </A>
            </>
          )}
        </Show>
      </section>
    </>
  );
}
