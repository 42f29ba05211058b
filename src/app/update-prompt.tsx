// Offers a new version when the service worker has one waiting. It never reloads by itself:
// the person chooses, and every open document is flushed to disk before the reload happens.
import { createSignal, onCleanup, Show } from "solid-js";
import { useRegisterSW } from "virtual:pwa-register/solid";
import { useI18n } from "./i18n/i18n-context";
import { useLocalSave } from "./local-save-store";

export function UpdatePrompt() {
  const { t } = useI18n();
  const localSave = useLocalSave();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    immediate: true,
    // A phone keeps the app open for weeks: look for a new version whenever it comes back to the
    // foreground or online, and hourly while it stays open.
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        if (document.visibilityState === "visible" && navigator.onLine) void registration.update().catch(() => {});
      };
      const hourly = setInterval(check, 60 * 60 * 1000);
      document.addEventListener("visibilitychange", check);
      window.addEventListener("online", check);
      onCleanup(() => {
        clearInterval(hourly);
        document.removeEventListener("visibilitychange", check);
        window.removeEventListener("online", check);
      });
    },
  });
  const [saving, setSaving] = createSignal(false);

  const reload = async () => {
    setSaving(true);
    try {
      await localSave.flushAll();
      // Activate the waiting version ourselves and reload once it controls the page: this works
      // whether the update was found at start-up or by a later check.
      const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
      if (!waiting) return void (await updateServiceWorker(true));
      navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
      waiting.postMessage({ type: "SKIP_WAITING" });
    } catch {
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
