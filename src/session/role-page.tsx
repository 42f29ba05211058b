import { Match, Switch, type JSX } from "solid-js";
import { useParams } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import type { SessionRecord } from "../db/schema";
import { useSession } from "./session-store";
import NotFoundPage from "../app/not-found-page";
import { useSyncRuntimeReady } from "../app/local-save-store";

/**
 * Loads the session a role page belongs to; unknown ids get the not-found page. By default the
 * screen waits (under the shell's Suspense) for the Yjs side to load. Screens that show without
 * it say so: `documents={false}` for one that opens no shared document (the officer's dashboard,
 * from the API), `waitForRuntime={false}` for one that reads documents only through projected
 * stores and shows a loading state until they have loaded (the role homes).
 */
export function RolePage(props: {
  role: SessionRecord["role"];
  documents?: boolean;
  waitForRuntime?: boolean;
  children: (session: SessionRecord) => JSX.Element;
}) {
  const { t } = useI18n();
  const params = useParams<{ personId: string }>();
  const session = useSession(() => params.personId);
  const runtimeReady = useSyncRuntimeReady();
  const ready = () => props.documents === false || props.waitForRuntime === false || runtimeReady();
  return (
    <Switch>
      <Match when={session() === undefined}>
        <p role="status">{t("loading")}</p>
      </Match>
      <Match when={ready() && session()?.role === props.role && session()}>{(found) => props.children(found())}</Match>
      <Match when={true}>
        <NotFoundPage />
      </Match>
    </Switch>
  );
}
