import { A, type RouteSectionProps } from "@solidjs/router";
import { Suspense } from "solid-js";
import { useI18n } from "./i18n/i18n-context";
import { StatusBar } from "./status-bar";
import { SyncSummaryLine } from "./sync-summary";
import { UpdatePrompt } from "./update-prompt";
import { LocalWriteFailureDialog } from "./local-write-failure-dialog";
import { useSessionRefresh } from "../session/session-refresh";

export function AppShell(props: RouteSectionProps) {
  const { t } = useI18n();
  useSessionRefresh();
  return (
    <>
      <a class="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header class="app-header">
        <A href="/" class="brand" end>
          <img src="/icon.svg" alt="" width="32" height="32" />
          <span>{t("app.name")}</span>
        </A>
        <nav aria-label={t("nav.main")}>
          <A href="/" end>
            {t("nav.home")}
          </A>
          <A href="/settings">{t("nav.settings")}</A>
        </nav>
      </header>
      <StatusBar>
        <SyncSummaryLine />
      </StatusBar>
      <UpdatePrompt />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p class="loading">{t("loading")}</p>}>{props.children}</Suspense>
      </main>
      <LocalWriteFailureDialog />
    </>
  );
}
