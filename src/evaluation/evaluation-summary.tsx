import { Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import type { EvaluationContent } from "./evaluation-content";
import { studentFeedbackSpec, tutorEvaluationSpec } from "./final-parts";
import { FinalPartView } from "./final-part-form";
import type { Signer } from "./certificate";

/** Everything a signature covers, read-only, in the order of the paper form; each part headed as `viewer` knows it. */
export function EvaluationSummary(props: { content: EvaluationContent; viewer: Signer }) {
  const { t, formatDate } = useI18n();
  const exchange = () => props.content.exchange;
  const attendance = () => props.content.attendance;
  return (
    <>
      <section class="card" aria-labelledby="summary-exchange">
        <h2 id="summary-exchange">{t("evaluation.sign.exchange")}</h2>
        <p>
          <strong>{exchange().projectTitle}</strong>
          <br />
          {t(`evaluation.sign.kind.${exchange().kind}` as MessageKey)} · {t("evaluation.sign.period", { start: formatDate(exchange().startDate, "date"), end: formatDate(exchange().endDate, "date") })}
        </p>
        <p>
          {t("evaluation.sign.student", { name: exchange().studentName })}
          <br />
          {t("evaluation.sign.tutor", { name: exchange().tutorName })}
        </p>
        <h3>{t("evaluation.sign.attendance")}</h3>
        <p>
          {t("evaluation.sign.attendanceValue", {
            present: attendance().present,
            count: attendance().workingDays,
            absent: attendance().absent,
            excused: attendance().excused,
            undeclared: attendance().undeclared,
          })}
        </p>
        <Show when={props.content.hours !== undefined}>
          <h3>{t("evaluation.sign.hours")}</h3>
          <p>{t("certificate.hours", { count: props.content.hours })}</p>
        </Show>
      </section>
      <section class="card" aria-labelledby="summary-tutor">
        <h2 id="summary-tutor">{t(props.viewer === "tutor" ? "evaluation.ownPart.tutor" : "evaluation.otherPart.student")}</h2>
        <FinalPartView spec={tutorEvaluationSpec} data={props.content.tutor} />
      </section>
      <section class="card" aria-labelledby="summary-student">
        <h2 id="summary-student">{t(props.viewer === "student" ? "evaluation.ownPart.student" : "evaluation.otherPart.tutor")}</h2>
        <FinalPartView spec={studentFeedbackSpec} data={props.content.student} />
      </section>
    </>
  );
}
