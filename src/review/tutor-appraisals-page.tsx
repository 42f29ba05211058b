import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { PageTitle } from "../ui/page-title";
import { LastEditNote } from "../logbook/last-edit-note";
import { appraisalWritable, type Appraisal } from "../logbook/rules/appraisals";
import { TutorScreen, useTutorScreen } from "./tutor-context";
import { TutorNav } from "./tutor-nav";
import "../logbook/student.css";
import "./review.css";

const metLabels: Record<string, MessageKey> = { yes: "student.appraisal.metYes", partly: "student.appraisal.metPartly", no: "student.appraisal.metNo" };

/** One appraisal: the student's self-assessment to read, and the tutor's own to write. */
function TutorAppraisal(props: { appraisal: Appraisal }) {
  const { t, formatDate } = useI18n();
  const screen = useTutorScreen();
  const writable = () => appraisalWritable(props.appraisal, screen.today());
  const id = () => props.appraisal.id;
  const block = () => screen.blocks.find((candidate) => candidate.appraisalId === id());
  const self = () => screen.student.data.appraisals[id()];
  const mine = () => screen.review.data.appraisals[id()];
  return (
    <section class="card" aria-labelledby={`${id()}-heading`}>
      <h2 id={`${id()}-heading`}>{t(props.appraisal.labelKey as MessageKey)}</h2>
      <p>
        {t("tutor.appraisals.period", {
          due: formatDate(props.appraisal.dueDate, "day"),
          from: formatDate(block()?.startDate ?? screen.startDate, "day"),
          to: formatDate(block()?.endDate ?? props.appraisal.dueDate, "day"),
        })}
      </p>
      <h3 class="subheading">{t("tutor.appraisals.self")}</h3>
      <p class="prewrap">{self()?.selfAssessment.trim() ? self()!.selfAssessment : t("tutor.appraisals.selfEmpty")}</p>
      <Show when={self()?.expectationsMet}>{(met) => <p>{t("tutor.appraisals.met", { answer: t(metLabels[met()] ?? "student.appraisal.metNo") })}</p>}</Show>
      <LastEditNote edit={self()?.lastEdit ?? null} viewerId={screen.session.personId} />
      <label for={`${id()}-tutor`}>{t("tutor.appraisals.yours")}</label>
      <p class="hint" id={`${id()}-tutor-hint`}>
        {writable() ? t("tutor.appraisals.yoursHint") : t("tutor.appraisals.notYet", { opens: formatDate(props.appraisal.opensOn, "day") })}
      </p>
      <textarea
        id={`${id()}-tutor`}
        aria-describedby={`${id()}-tutor-hint`}
        readOnly={!writable()}
        value={mine()?.assessment ?? ""}
        onInput={(event) => screen.review.setTutorAppraisal(id(), event.currentTarget.value)}
      />
      <LastEditNote edit={mine()?.lastEdit ?? null} viewerId={screen.session.personId} />
    </section>
  );
}

function TutorAppraisals() {
  const { t } = useI18n();
  const screen = useTutorScreen();
  return (
    <>
      <PageTitle>{t("tutor.appraisals.title")}</PageTitle>
      <TutorNav />
      <p>{t("tutor.appraisals.lead")}</p>
      <p class="hint">{t("tutor.autosave")}</p>
      <Show when={screen.student.loaded() && screen.review.loaded()} fallback={<p role="status">{t("tutor.loading")}</p>}>
        <For each={screen.appraisals}>{(appraisal) => <TutorAppraisal appraisal={appraisal} />}</For>
      </Show>
    </>
  );
}

export default function TutorAppraisalsPage() {
  return (
    <TutorScreen>
      <TutorAppraisals />
    </TutorScreen>
  );
}
