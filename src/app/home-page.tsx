import { Match, Switch } from "solid-js";
import { A, Navigate } from "@solidjs/router";
import { useI18n } from "./i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { useSessions } from "../session/session-store";
import { ForEachSession } from "../session/for-each-session";
import type { MessageKey } from "./i18n/locales";
import { rolePath } from "./role-paths";

const roleLabel: Record<string, MessageKey> = {
  student: "home.roleStudent",
  tutor: "home.roleTutor",
  contact: "home.roleContact",
  officer: "home.roleOfficer",
};

/** With no session: how to join. With sessions: each role this device holds, to open. */
export default function HomePage() {
  const { t } = useI18n();
  const { sessions } = useSessions();
  return (
    <Switch fallback={<p>{t("loading")}</p>}>
      <Match when={sessions()?.length === 0}>
        <PageTitle>{t("welcome.title")}</PageTitle>
        <p>{t("welcome.lead")}</p>
        <p>{t("welcome.howToJoin")}</p>
      </Match>
      {/* A student or a tutor of one student has one home: the app opens on it, one tap from today's entry. */}
      <Match when={sessions()?.length === 1 && ["student", "tutor"].includes(sessions()![0]!.role) && sessions()![0]}>
        {(only) => <Navigate href={rolePath(only())} />}
      </Match>
      <Match when={(sessions()?.length ?? 0) > 0}>
        <PageTitle>{t("home.title")}</PageTitle>
        <h2>{t("home.yourRoles")}</h2>
        <ul class="role-list">
          <ForEachSession sessions={sessions()}>
            {(session) => (
              <li class="card">
                <strong>{t(roleLabel[session().role] ?? "home.roleStudent")}</strong>
                <span>{session().title}</span>
                <A href={rolePath(session())} class="button primary">
                  {t("home.open")}
                  <span class="visually-hidden">: {session().title}</span>
                </A>
              </li>
            )}
          </ForEachSession>
        </ul>
      </Match>
    </Switch>
  );
}
