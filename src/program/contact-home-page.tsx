import { Show } from "solid-js";
import { A } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { RolePage } from "../session/role-page";
import { ForEachSession } from "../session/for-each-session";
import type { SessionRecord } from "../db/schema";
import { rolePath } from "../app/role-paths";
import { checklistProgress } from "./arrival-document";
import { useArrival } from "./arrival-store";
import { ArrivalFacts } from "./arrival-facts";
import { studentNameOf, useContactSessions } from "./contact-sessions";
import { useProgram } from "./program-store";
import { useExchangeDetails } from "../logbook/exchange-details-store";
import { Reach } from "./reach";
import "./program.css";

/** One student this device looks after: when and where they arrive, and the checklist so far. */
function StudentCard(props: { session: SessionRecord }) {
  const { t } = useI18n();
  // Each card belongs to one session for its whole life.
  // eslint-disable-next-line solid/reactivity
  const arrival = useArrival(props.session.exchangeId ?? "", props.session.personId);
  // eslint-disable-next-line solid/reactivity
  const details = useExchangeDetails(props.session);
  const headingId = () => `student-${props.session.personId}`;
  return (
    <li class="card">
      <h3 id={headingId()}>{studentNameOf(props.session)}</h3>
      <Show when={props.session.exchange}>{(exchange) => <p class="hint">{t("contact.period", { start: exchange().startDate, end: exchange().endDate })}</p>}</Show>
      <Show when={details()?.studentContact}>{(reach) => <Reach email={reach().email} phone={reach().phone} />}</Show>
      <ArrivalFacts arrival={arrival.data} />
      <Show when={arrival.loaded()} fallback={<p>{t("loading")}</p>}>
        <p>{t("contact.checklistProgress", checklistProgress(arrival.data))}</p>
      </Show>
      <A class="button" href={`${rolePath(props.session)}/arrival`}>
        {t("contact.openArrival")}
        <span class="visually-hidden">: {studentNameOf(props.session)}</span>
      </A>
    </li>
  );
}

function ContactHome(props: { session: SessionRecord }) {
  const { t } = useI18n();
  const students = useContactSessions();
  // The session of a role page never changes while it is shown.
  // eslint-disable-next-line solid/reactivity
  const program = useProgram(props.session);
  return (
    <>
      <PageTitle>{t("contact.title")}</PageTitle>
      <p>{t("contact.lead", { student: studentNameOf(props.session) })}</p>
      <section aria-labelledby="my-students-heading">
        <h2 id="my-students-heading">{t("contact.myStudents")}</h2>
        <ul class="student-list">
          <ForEachSession sessions={students()}>{(session) => <StudentCard session={session()} />}</ForEachSession>
        </ul>
      </section>
      <section aria-labelledby="program-heading">
        <h2 id="program-heading">{t("program.title")}</h2>
        <Show when={program.loaded()} fallback={<p>{t("loading")}</p>}>
          <p>{t("contact.programSummary", { count: program.data.events.length })}</p>
        </Show>
        <A class="button primary" href={`${rolePath(props.session)}/program`}>
          {t("program.editTitle")}
        </A>
      </section>
    </>
  );
}

/** Shows before the Yjs side has loaded: the program's and arrivals' figures appear when they have. */
export default function ContactHomePage() {
  return (
    <RolePage role="contact" waitForRuntime={false}>
      {(session) => <ContactHome session={session} />}
    </RolePage>
  );
}
