import type { JSX } from "solid-js";
import { useI18n } from "./i18n/i18n-context";
import { useConnectivity } from "./local-save-store";

/** Connection state, and next to it the sync state of what this device holds. */
export function StatusBar(props: { children?: JSX.Element }) {
  const { t } = useI18n();
  const connectivity = useConnectivity();
  return (
    <div class="status-bar" role="status" aria-label={t("status.region")}>
      <span class="connectivity" data-online={connectivity.online() ? "yes" : "no"}>
        {connectivity.online() ? t("status.online") : t("status.offline")}
      </span>
      <span id="sync-status-slot">{props.children}</span>
    </div>
  );
}
