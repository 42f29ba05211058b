import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { StudentScreen, useStudentScreen } from "./student-context";
import { StudentNav } from "./student-nav";
import { LastEditNote } from "./last-edit-note";
import { useTutorDocumentReader } from "../review/tutor-document-reader";
import { TutorFeedback } from "../review/tutor-feedback";
import { appraisalStatus, appraisalsDone, appraisalWritable, type Appraisal } from "./rules/appraisals";
import type { ExpectationsMet } from "./student-document";
import type { MessageKey } from "../app/i18n/locales";
import "./student.css";

const metOptions: { value: ExpectationsMet; label: MessageKey }[] = [
  { value: "yes", label: "student.appraisal.metYes" },
  { value: "partly", label: "student.appraisal.metPartly" },
  { value: "no", label: "student.appraisal.metNo" },
];

function AppraisalForm(props: { appraisal: Appraisal; tutorAssessment: string | undefined }) {
  const { t, formatDate } = useI18n();
  const screen = useStudentScreen();
  const id = () => props.appraisal.id;
  const mine = () => screen.logbook.data.appraisals[id()];
  const status = () => appraisalStatus(props.appraisal, screen.today(), appraisalsDone(screen.logbook.data.appraisals));
  const writable = () => appraisalWritable(props.appraisal, screen.today());
  const name = () => t(props.appraisal.labelKey as MessageKey);
  return (
    <section class="card" id={id()} aria-labelledby={`${id()}-heading`}>
      <h2 id={`${id()}-heading`}>{name()}</h2>
      <p>{t(`student.appraisal.status.${status()}` as MessageKey, { due: formatDate(props.appraisal.dueDate, "day"), opens: formatDate(props.appraisal.opensOn, "day") })}</p>
      <label for={`${id()}-self`}>{t("student.appraisal.self")}</label>
      <p class="hint" id={`${id()}-self-hint`}>
        {writable() ? t("student.appraisal.selfHint") : t("student.appraisal.notYet", { opens: formatDate(props.appraisal.opensOn, "day") })}
      </p>
      <textarea
        id={`${id()}-self`}
        aria-describedby={`${id()}-self-hint`}
        readOnly={!writable()}
        value={mine()?.selfAssessment ?? ""}
        onInput={(event) => screen.logbook.setSelfAssessment(id(), event.currentTarget.value)}
      />
      <Show when={writable()}>
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
      </Show>
      <LastEditNote edit={mine()?.lastEdit ?? null} viewerId={screen.session.personId} />
      <TutorFeedback id={`${id()}-tutor`} heading={t("fromTutor.appraisal")} within={`${id()}-heading`} text={props.tutorAssessment} />
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
