import { Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { RolePage } from "../session/role-page";
import type { SessionRecord } from "../db/schema";
import { useStudentLogbook } from "./logbook-store";

function StudentHome(props: { session: SessionRecord }) {
  const { t } = useI18n();
  // The session of a role page never changes while it is shown.
  // eslint-disable-next-line solid/reactivity
  const logbook = useStudentLogbook(props.session.exchangeId ?? "", props.session.personId);
  return (
    <>
      <PageTitle>{t("student.title")}</PageTitle>
      <p>{props.session.title}</p>
      <Show when={logbook.loaded()} fallback={<p role="status">{t("student.loading")}</p>}>
        <label for="expectations">{t("student.expectations")}</label>
        <p class="hint" id="expectations-hint">
          {t("student.expectationsHint")}
        </p>
        <textarea
          id="expectations"
          aria-describedby="expectations-hint"
          value={logbook.expectations()}
          onInput={(event) => logbook.setExpectations(event.currentTarget.value)}
        />
      </Show>
    </>
  );
}

export default function StudentHomePage() {
  return <RolePage role="student">{(session) => <StudentHome session={session} />}</RolePage>;
}
