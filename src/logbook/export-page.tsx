import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { StudentScreen, useStudentScreen } from "./student-context";
import { StudentNav } from "./student-nav";
import { DaySummary } from "./day-summary";
import { useTutorDocumentReader } from "../review/tutor-document-reader";
import { exchangeDays } from "./rules/calendar";
import { attendanceTotals, isLogged } from "./rules/totals";
import { buildPersonalDataExport } from "./personal-data-export";
import { downloadFile } from "../ui/download-file";
import "./student.css";

/** The whole logbook on A4 (the browser's print to PDF), and every piece of data about me. */
function Export() {
  const { t } = useI18n();
  const screen = useStudentScreen();
  const tutor = useTutorDocumentReader(screen.session.exchangeId ?? "");
  const loggedDays = () => exchangeDays(screen.startDate, screen.endDate).filter((date) => {
    const day = screen.logbook.data.days[date];
    return day !== undefined && isLogged(day);
  });
  const totals = () => attendanceTotals(screen.logbook.data.attendance, screen.workingDays, screen.today());
  return (
    <>
      <PageTitle>{t("student.export.title")}</PageTitle>
      <StudentNav />
      <div class="actions no-print">
        <button type="button" class="primary" onClick={() => window.print()}>
          {t("student.export.print")}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadFile(
              `logbook-${screen.session.exchangeId}.json`,
              JSON.stringify(buildPersonalDataExport(screen.session, screen.logbook.data, tutor), null, 2),
              "application/json",
            )
          }
        >
          {t("student.export.download")}
        </button>
      </div>
      <p class="hint no-print">{t("student.export.hint")}</p>
      <article aria-labelledby="print-heading">
        <h2 id="print-heading">{t("student.export.logbookOf", { name: screen.session.name })}</h2>
        <p>
          {screen.session.exchange?.projectTitle} · {screen.startDate} – {screen.endDate}
        </p>
        <h3>{t("student.expectations")}</h3>
        <p class="prewrap">{screen.logbook.data.expectations || "—"}</p>
        <h3>{t("student.attendance.title")}</h3>
        <p>{t("student.attendance.summary", { present: totals().present, absent: totals().absent, excused: totals().excused, undeclared: totals().undeclared })}</p>
        <h3>{t("student.days.title")}</h3>
        <For each={loggedDays()} fallback={<p>{t("student.export.noDays")}</p>}>
          {(date) => {
            const day = () => screen.logbook.data.days[date]!;
            return (
              <section class="print-day">
                <h4>
                  {date} · {t("student.days.logged", { hours: day().hours ?? 0 })}
                </h4>
                <DaySummary day={day()} />
                <Show when={tutor.comments[date]}>
                  <p class="prewrap">
                    <strong>{t("student.export.tutorComment")}:</strong> {tutor.comments[date]}
                  </p>
                </Show>
              </section>
            );
          }}
        </For>
      </article>
    </>
  );
}

export default function ExportPage() {
  return (
    <StudentScreen>
      <Export />
    </StudentScreen>
  );
}
