import { Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { ArrivalData } from "./arrival-document";

/** When and where a student arrives, with what is not known yet said plainly. */
export function ArrivalFacts(props: { arrival: ArrivalData }) {
  const { t, locale } = useI18n();
  const date = () =>
    props.arrival.date ? new Intl.DateTimeFormat(locale(), { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${props.arrival.date}T00:00:00Z`)) : t("arrival.notKnown");
  return (
    <Show when={props.arrival.date || props.arrival.time || props.arrival.place} fallback={<p>{t("contact.arrivalUnknown")}</p>}>
      <dl class="facts">
        <dt>{t("arrival.date")}</dt>
        <dd>{date()}</dd>
        <dt>{t("arrival.time")}</dt>
        <dd>{props.arrival.time || t("arrival.notKnown")}</dd>
        <dt>{t("arrival.place")}</dt>
        <dd>{props.arrival.place || t("arrival.notKnown")}</dd>
      </dl>
    </Show>
  );
}
