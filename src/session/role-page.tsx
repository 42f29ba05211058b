import { Match, Switch, type JSX } from "solid-js";
import { useParams } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import type { SessionRecord } from "../db/schema";
import { useSession } from "./session-store";
import NotFoundPage from "../app/not-found-page";
import { useSyncRuntimeReady } from "../app/local-save-store";

/**
 * Loads the session a role page belongs to; unknown ids get the not-found page. Screens that
 * open no shared document (the officer's dashboard, from the API) say `documents={false}` and
 * show without waiting for the Yjs side to download.
 */
export function RolePage(props: { role: SessionRecord["role"]; documents?: boolean; children: (session: SessionRecord) => JSX.Element }) {
  const { t } = useI18n();
  const params = useParams<{ personId: string }>();
  const session = useSession(() => params.personId);
  // Role screens open documents: wait (under the shell's Suspense) for the sync code to load.
  const runtimeReady = useSyncRuntimeReady();
  return (
    <Switch>
      <Match when={session() === undefined}>
        <p role="status">{t("loading")}</p>
      </Match>
      <Match when={(props.documents === false || runtimeReady()) && session()?.role === props.role && session()}>{(found) => props.children(found())}</Match>
      <Match when={true}>
        <NotFoundPage />
      </Match>
    </Switch>
  );
}
