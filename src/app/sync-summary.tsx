import { Match, Show, Switch } from "solid-js";
import { useI18n } from "./i18n/i18n-context";
import { useSyncSummary } from "./local-save-store";
import { useSessions } from "../session/session-store";

/** The one line that says whether the person's work is safe, and where. */
export function SyncSummaryLine() {
  const { t, locale } = useI18n();
  const summary = useSyncSummary();
  const { sessions } = useSessions();
  const time = (at: number) => new Intl.DateTimeFormat(locale(), { dateStyle: "short", timeStyle: "short" }).format(at);
  // Until the sync code has loaded, a device that holds work says so in a line of the same
  // size, so the screen does not jump down when the real summary arrives.
  const opening = () => summary().documents === 0 && (sessions()?.length ?? 0) > 0;
  return (
    <Show
      when={summary().documents > 0}
      fallback={
        <Show when={opening()}>
          <span class="sync-summary">{t("sync.opening")}</span>
        </Show>
      }
    >
      <span class="sync-summary" data-saved={summary().savedOnServer ? "yes" : "no"} data-testid="sync-summary">
        <Switch>
          <Match when={summary().accessLost}>{t("sync.accessLost")}</Match>
          <Match when={summary().savedOnServer}>{t("sync.savedOnServer")}</Match>
          <Match when={summary().waitingChanges > 0}>
            {t("sync.savedOnDevice")} · {t("sync.waiting", { count: summary().waitingChanges })}
          </Match>
        </Switch>
        {" · "}
        {summary().lastSyncedAt ? t("sync.lastSync", { time: time(summary().lastSyncedAt as number) }) : t("sync.neverSynced")}
      </span>
      <Show when={summary().refusedReason}>
        <span class="error">{t("sync.refused", { reason: summary().refusedReason ?? "" })}</span>
      </Show>
    </Show>
  );
}
