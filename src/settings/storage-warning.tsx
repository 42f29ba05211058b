import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { useStorageStore } from "./storage-store";

/** Weeks of notes on a phone the browser may clear: say so where the person writes them. */
export function StorageWarning() {
  const { t } = useI18n();
  const storage = useStorageStore();
  return (
    <Show when={storage.report()?.persisted === false}>
      <p class="warning">
        {t("storage.warning")} <A href="/settings">{t("storage.warningLink")}</A>
      </p>
    </Show>
  );
}
