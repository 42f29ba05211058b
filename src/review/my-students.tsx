import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { useSessions } from "../session/session-store";
import { ForEachSession } from "../session/for-each-session";
import { rolePath } from "../app/role-paths";

/**
 * A tutor may supervise several students, each joined through their own invite on this device:
 * links to the others, shown only when there are others.
 */
export function MyStudents(props: { currentPersonId: string }) {
  const { t } = useI18n();
  const { sessions } = useSessions();
  const others = () => (sessions() ?? []).filter((session) => session.role === "tutor" && session.personId !== props.currentPersonId);
  return (
    <Show when={others().length > 0}>
      <section class="card" aria-labelledby="my-students-heading">
        <h2 id="my-students-heading">{t("tutor.students.title")}</h2>
        <p>{t("tutor.students.lead")}</p>
        <ul>
          <ForEachSession sessions={others()}>
            {(session) => (
              <li>
                <A href={rolePath(session())}>{session().title}</A>
                <Show when={session().exchange?.projectTitle}>{(title) => <span class="hint"> · {title()}</span>}</Show>
              </li>
            )}
          </ForEachSession>
        </ul>
      </section>
    </Show>
  );
}
