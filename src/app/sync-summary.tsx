import { Match, Show, Switch } from "solid-js";
import { useI18n } from "./i18n/i18n-context";
import { useSyncSummary } from "./local-save-store";
import { useSessions } from "../session/session-store";
import { unsavedWork } from "./unsaved-work";

/**
 * The one line that says whether the person's work is safe, in their terms ("3 days of entries
 * not yet on the server"), short enough for one line of a 360 px phone; the time of the last
 * sync is added where there is room.
 */
export function SyncSummaryLine() {
  const { t, formatTime } = useI18n();
  const summary = useSyncSummary();
  const { sessions } = useSessions();
  // Until the sync code has loaded, a device that holds work says so in a line of the same
  // size, so the screen does not jump down when the real summary arrives.
  const opening = () => summary().documents === 0 && (sessions()?.length ?? 0) > 0;
  const waiting = () => unsavedWork(summary().unsavedParts, summary().waitingChanges);
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
        <Switch fallback={t("sync.notYetSynced")}>
          <Match when={summary().accessLost}>{t("sync.accessLost")}</Match>
          <Match when={summary().savedOnServer}>{t("sync.everythingSaved")}</Match>
          <Match when={waiting().days > 0 && waiting().other}>{t("sync.daysAndMoreWaiting", { count: waiting().days })}</Match>
          <Match when={waiting().days > 0}>{t("sync.daysWaiting", { count: waiting().days })}</Match>
          <Match when={waiting().other}>{t("sync.changesWaiting")}</Match>
        </Switch>
        <Show when={summary().lastSyncedAt}>
          {(at) => <span class="sync-last"> · {t("sync.lastSync", { time: formatTime(at(), "dateTimeShort") })}</span>}
        </Show>
      </span>
      <Show when={summary().refusedReason}>
        <span class="error">{t("sync.refused", { reason: summary().refusedReason ?? "" })}</span>
      </Show>
    </Show>
  );
}
