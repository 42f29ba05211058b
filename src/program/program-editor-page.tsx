import { Show } from "solid-js";
import { A, useLocation } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { RolePage } from "../session/role-page";
import type { SessionRecord } from "../db/schema";
import { rolePath } from "../app/role-paths";
import { useProgram } from "./program-store";
import { ProgramEditor } from "./program-editor";
import "./program.css";

function ProgramEditorView(props: { session: SessionRecord }) {
  const { t } = useI18n();
  // The session of a role page never changes while it is shown.
  // eslint-disable-next-line solid/reactivity
  const program = useProgram(props.session);
  return (
    <>
      <PageTitle>{t("program.editTitle")}</PageTitle>
      <p>
        <A href={rolePath(props.session)}>{t("program.back")}</A>
      </p>
      <p class="hint">{t("program.editLead")}</p>
      <Show when={program.loaded()} fallback={<p role="status">{t("loading")}</p>}>
        <ProgramEditor program={program} />
      </Show>
    </>
  );
}

/** The same editor for the committee's officers (/officer/…/program) and contact persons (/contact/…/program). */
export default function ProgramEditorPage() {
  const location = useLocation();
  const role = () => (location.pathname.startsWith("/officer/") ? "officer" : "contact");
  return <RolePage role={role()}>{(session) => <ProgramEditorView session={session} />}</RolePage>;
}
