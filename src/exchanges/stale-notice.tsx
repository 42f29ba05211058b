import { Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";

/** Says that what is shown is the copy kept from the last time the server answered. */
export function StaleNotice(props: { fetchedAt: number; fromCache: boolean }) {
  const { t, locale } = useI18n();
  const when = () => new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(props.fetchedAt);
  return (
    <Show when={props.fromCache}>
      <p class="stale-notice" role="status">
        {t("exchanges.lastUpdated", { date: when() })}
      </p>
    </Show>
  );
}
