import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import type { TutorDocumentData } from "../review/tutor-document";
import type { EvaluationStore } from "../evaluation/evaluation-store";
import { FinalPartView } from "../evaluation/final-part-form";
import type { Appraisal, AssessmentBlock } from "./rules/appraisals";
import type { StudentLogbookData } from "./student-document";

const metLabels: Record<string, MessageKey> = { yes: "student.appraisal.metYes", partly: "student.appraisal.metPartly", no: "student.appraisal.metNo" };

/** The regular assessment: every appraisal period with the student's and the tutor's part. */
export function PrintoutAppraisals(props: { appraisals: Appraisal[]; blocks: AssessmentBlock[]; logbook: StudentLogbookData; tutor: TutorDocumentData }) {
  const { t, formatDate } = useI18n();
  return (
    <section class="print-section" aria-labelledby="print-appraisals">
      <h2 id="print-appraisals">{t("print.appraisals.title")}</h2>
      <For each={props.appraisals}>
        {(appraisal) => {
          const block = () => props.blocks.find((candidate) => candidate.appraisalId === appraisal.id);
          const self = () => props.logbook.appraisals[appraisal.id];
          return (
            <section class="print-day" aria-label={t(appraisal.labelKey as MessageKey)}>
              <h3>{t(appraisal.labelKey as MessageKey)}</h3>
              <p>
                {t("tutor.appraisals.period", {
                  due: formatDate(appraisal.dueDate, "date"),
                  from: formatDate(block()?.startDate ?? appraisal.opensOn, "date"),
                  to: formatDate(block()?.endDate ?? appraisal.dueDate, "date"),
                })}
              </p>
              <h4>{t("tutor.appraisals.self")}</h4>
              <p class="prewrap">{self()?.selfAssessment.trim() ? self()!.selfAssessment : "—"}</p>
              <Show when={self()?.expectationsMet}>{(met) => <p>{t("tutor.appraisals.met", { answer: t(metLabels[met()] ?? "student.appraisal.metNo") })}</p>}</Show>
              <h4>{t("print.appraisals.tutor")}</h4>
              <p class="prewrap">{props.tutor.appraisals[appraisal.id]?.assessment.trim() ? props.tutor.appraisals[appraisal.id]!.assessment : "—"}</p>
            </section>
          );
        }}
      </For>
    </section>
  );
}

/** The tutor's general evaluation, the student's feedback, and where the signatures stand. */
export function PrintoutEvaluation(props: { evaluation: EvaluationStore }) {
  const { t, formatTime } = useI18n();
  const content = () => props.evaluation.shownContent();
  const parts = () => {
    const own = props.evaluation.role === "student" ? { student: props.evaluation.own.data, tutor: props.evaluation.other.data } : { student: props.evaluation.other.data, tutor: props.evaluation.own.data };
    return content() ?? own;
  };
  const sealed = () => props.evaluation.status()?.status.sealed ?? null;
  const certificates = () => props.evaluation.status()?.status.certificates ?? {};
  const verifyAddress = () => `${props.evaluation.status()?.status.verifyOrigin ?? location.origin}/verify`;
  return (
    <>
      <section class="print-section" aria-labelledby="print-tutor-final">
        <h2 id="print-tutor-final">{t("evaluation.ownPart.tutor")}</h2>
        <FinalPartView spec={props.evaluation.role === "tutor" ? props.evaluation.ownSpec : props.evaluation.otherSpec} data={parts().tutor} />
      </section>
      <section class="print-section" aria-labelledby="print-student-final">
        <h2 id="print-student-final">{t("print.feedback.title")}</h2>
        <FinalPartView spec={props.evaluation.role === "student" ? props.evaluation.ownSpec : props.evaluation.otherSpec} data={parts().student} />
      </section>
      <section class="print-section" aria-labelledby="print-signatures">
        <h2 id="print-signatures">{t("print.signatures.title")}</h2>
        <Show when={sealed()} fallback={<p>{t("print.signatures.notSealed")}</p>}>
          {(seal) => (
            <>
              <p>{t("print.signatures.sealed", { date: formatTime(seal().sealedAt, "dateTime") })}</p>
              <p>{t("certificate.attendance", { present: seal().content.attendance.present, count: seal().content.attendance.workingDays })}</p>
              <ul>
                <For each={Object.entries(certificates())}>
                  {([holder, certificate]) => <li>{t(`print.signatures.code.${holder}` as MessageKey, { code: certificate.code })}</li>}
                </For>
              </ul>
              <p>{t("print.signatures.verifyAt", { address: verifyAddress() })}</p>
            </>
          )}
        </Show>
      </section>
    </>
  );
}
