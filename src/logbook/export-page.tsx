import { Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { StudentScreen, useStudentScreen } from "./student-context";
import { StudentNav } from "./student-nav";
import { useTutorDocumentReader } from "../review/tutor-document-reader";
import { useEvaluation } from "../evaluation/evaluation-store";
import { useExchangeDetails } from "./exchange-details-store";
import { assessmentBlocks } from "./rules/appraisals";
import { buildPersonalDataExport } from "./personal-data-export";
import { downloadFile } from "../ui/download-file";
import { PrintoutCover } from "./printout-cover";
import { PrintoutAttendance, PrintoutDays } from "./printout-days";
import { PrintoutAppraisals, PrintoutEvaluation } from "./printout-assessment";
import "./student.css";

/**
 * The whole logbook on A4 (the browser's print to PDF), in the paper logbook's order, so that it
 * can replace it; and every piece of data about me, as a download.
 */
function Export() {
  const { t } = useI18n();
  const screen = useStudentScreen();
  const tutor = useTutorDocumentReader(screen.session.exchangeId ?? "");
  const details = useExchangeDetails(screen.session);
  const evaluation = useEvaluation(screen.session);
  const period = () => ({ startDate: screen.startDate, endDate: screen.endDate, workingDays: screen.workingDays, today: screen.today() });
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
      <article class="printout" aria-labelledby="print-heading">
        <h2 id="print-heading" class="print-title">
          {t("print.title")} <span class="visually-hidden">· </span>
          <span class="print-subtitle">{t("student.export.logbookOf", { name: screen.session.exchange?.studentName ?? screen.session.name })}</span>
        </h2>
        <PrintoutCover session={screen.session} details={details() ?? null} cover={screen.logbook.data.cover} />
        <section class="print-section" aria-labelledby="print-project">
          <h2 id="print-project">{t("student.about.project")}</h2>
          <p class="prewrap">{details()?.description.trim() || tutor.projectDescription.trim() || "—"}</p>
        </section>
        <section class="print-section" aria-labelledby="print-expectations">
          <h2 id="print-expectations">{t("print.expectations.title")}</h2>
          <p class="prewrap">{screen.logbook.data.expectations.trim() || "—"}</p>
        </section>
        <Show when={screen.logbook.loaded()} fallback={<p role="status">{t("student.loading")}</p>}>
          <PrintoutDays period={period()} logbook={screen.logbook.data} tutor={tutor} />
          <PrintoutAttendance period={period()} logbook={screen.logbook.data} tutor={tutor} />
          <PrintoutAppraisals appraisals={screen.appraisals} blocks={assessmentBlocks(screen.startDate, screen.endDate)} logbook={screen.logbook.data} tutor={tutor} />
          <PrintoutEvaluation evaluation={evaluation} />
        </Show>
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
