import { For } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { StudentScreen, useStudentScreen } from "./student-context";
import { StudentNav } from "./student-nav";
import { LastEditNote } from "./last-edit-note";
import { useTutorDocumentReader } from "../review/tutor-document-reader";
import { TutorFeedback } from "../review/tutor-feedback";
import { appraisalStatus, type Appraisal } from "./rules/appraisals";
import type { ExpectationsMet } from "./student-document";
import type { MessageKey } from "../app/i18n/locales";
import "./student.css";

const metOptions: { value: ExpectationsMet; label: MessageKey }[] = [
  { value: "yes", label: "student.appraisal.metYes" },
  { value: "partly", label: "student.appraisal.metPartly" },
  { value: "no", label: "student.appraisal.metNo" },
];

function AppraisalForm(props: { appraisal: Appraisal; tutorAssessment: string | undefined }) {
  const { t } = useI18n();
  const screen = useStudentScreen();
  const id = () => props.appraisal.id;
  const mine = () => screen.logbook.data.appraisals[id()];
  const done = () => new Set(Object.entries(screen.logbook.data.appraisals).filter(([, a]) => a.selfAssessment.trim() !== "").map(([key]) => key));
  const status = () => appraisalStatus(props.appraisal, screen.today(), done());
  return (
    <section class="card" id={id()} aria-labelledby={`${id()}-heading`}>
      <h2 id={`${id()}-heading`}>{t(props.appraisal.labelKey as MessageKey)}</h2>
      <p>{t(`student.appraisal.status.${status()}` as MessageKey, { due: props.appraisal.dueDate, opens: props.appraisal.opensOn })}</p>
      <label for={`${id()}-self`}>{t("student.appraisal.self")}</label>
      <p class="hint" id={`${id()}-self-hint`}>
        {t("student.appraisal.selfHint")}
      </p>
      <textarea
        id={`${id()}-self`}
        aria-describedby={`${id()}-self-hint`}
        value={mine()?.selfAssessment ?? ""}
        onInput={(event) => screen.logbook.setSelfAssessment(id(), event.currentTarget.value)}
      />
      <fieldset class="choice-row">
        <legend>{t("student.appraisal.met")}</legend>
        <For each={metOptions}>
          {(option) => (
            <label>
              <input
                type="radio"
                name={`${id()}-met`}
                checked={mine()?.expectationsMet === option.value}
                onChange={() => screen.logbook.setExpectationsMet(id(), option.value)}
              />
              {t(option.label)}
            </label>
          )}
        </For>
      </fieldset>
      <LastEditNote edit={mine()?.lastEdit ?? null} />
      <TutorFeedback id={`${id()}-tutor`} heading={t("fromTutor.appraisal")} text={props.tutorAssessment} />
    </section>
  );
}

function Appraisals() {
  const { t } = useI18n();
  const screen = useStudentScreen();
  const tutor = useTutorDocumentReader(screen.session.exchangeId ?? "");
  return (
    <>
      <PageTitle>{t("student.appraisals.title")}</PageTitle>
      <StudentNav />
      <p>{t("student.appraisals.lead")}</p>
      <For each={screen.appraisals}>{(appraisal) => <AppraisalForm appraisal={appraisal} tutorAssessment={tutor.appraisals[appraisal.id]?.assessment} />}</For>
    </>
  );
}

export default function AppraisalsPage() {
  return (
    <StudentScreen>
      <Appraisals />
    </StudentScreen>
  );
}
