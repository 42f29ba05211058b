import { For, Show } from "solid-js";
import { A } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { useStorageStore } from "./storage-store";

export default function SettingsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const storage = useStorageStore();
  const languageName = (code: string) => new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
  return (
    <>
      <PageTitle>{t("settings.title")}</PageTitle>
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t("settings.language")}</h2>
        <label for="language-select">{t("settings.language")}</label>
        <select id="language-select" value={i18n.locale()} onChange={(e) => i18n.setLocale(e.currentTarget.value)}>
          <For each={i18n.locales}>{(code) => <option value={code}>{languageName(code)}</option>}</For>
        </select>
      </section>
      <section aria-labelledby="storage-heading">
        <h2 id="storage-heading">{t("settings.storage")}</h2>
        <Show when={storage.report()} fallback={<p>{t("loading")}</p>}>
          {(report) => (
            <>
              <p data-testid="persistence">
                {report().persisted === true
                  ? t("settings.persisted")
                  : report().persisted === false
                    ? t("settings.notPersisted")
                    : t("settings.persistUnknown")}
              </p>
              <Show when={report().persisted === false}>
                <button type="button" onClick={() => void storage.askForProtection()}>
                  {t("settings.requestPersist")}
                </button>
              </Show>
              <p data-testid="storage-usage">
                {report().usage !== null && report().quota !== null
                  ? t("settings.usage", {
                      used: i18n.formatBytes(report().usage ?? 0),
                      quota: i18n.formatBytes(report().quota ?? 0),
                    })
                  : t("settings.usageUnknown")}
              </p>
            </>
          )}
        </Show>
      </section>
      <p>
        <A href="/devices">{t("settings.devices")}</A>
      </p>
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t("settings.about")}</h2>
        <p data-testid="app-version">{t("settings.version", { version: __APP_VERSION__ })}</p>
      </section>
    </>
  );
}
