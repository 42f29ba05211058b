// Offers a new version when the service worker has one waiting. It never reloads by itself:
// the person chooses, and every open document is flushed to disk before the reload happens.
import { createSignal, Show } from "solid-js";
import { useRegisterSW } from "virtual:pwa-register/solid";
import { useI18n } from "./i18n/i18n-context";
import { useLocalSave } from "./local-save-store";

export function UpdatePrompt() {
  const { t } = useI18n();
  const localSave = useLocalSave();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  const [saving, setSaving] = createSignal(false);

  const reload = async () => {
    setSaving(true);
    try {
      await localSave.flushAll();
      await updateServiceWorker(true);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Show when={needRefresh()}>
      <section class="update-prompt" role="status" aria-live="polite">
        <p>{saving() ? t("update.saving") : t("update.ready")}</p>
        <button type="button" class="primary" disabled={saving()} onClick={() => void reload()}>
          {t("update.reload")}
        </button>
        <button type="button" disabled={saving()} onClick={() => setNeedRefresh(false)}>
          {t("update.later")}
        </button>
      </section>
    </Show>
  );
}
