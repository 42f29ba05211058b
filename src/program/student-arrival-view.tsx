// What the student said about their arrival, on the contact person's arrival screen: read-only,
// from the student's own document, readable offline once synced.
import { Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { useStudentArrival } from "../logbook/student-arrival-store";
import { useOffersMessages } from "../offers/offers-messages";
import "../offers/offers.css";

export function StudentArrivalView(props: { exchangeId: string; personId: string }) {
  const t = useOffersMessages();
  const { formatDate } = useI18n();
  // The exchange of the contact person's screen does not change while it is shown.
  // eslint-disable-next-line solid/reactivity
  const arrival = useStudentArrival(props.exchangeId, props.personId);
  const filled = () => Boolean(arrival.data.date || arrival.data.time || arrival.data.place || arrival.data.travel);
  return (
    <section aria-labelledby="from-student-heading" class="card">
      <h2 id="from-student-heading">{t("arrival.fromStudent")}</h2>
      <Show when={arrival.loaded()} fallback={<p role="status">{t("arrival.opening")}</p>}>
        <Show when={filled()} fallback={<p>{t("arrival.nothingYet")}</p>}>
          <dl class="facts">
            <dt>{t("arrival.date")}</dt>
            <dd>{arrival.data.date ? formatDate(arrival.data.date, "dateFull") : ""}</dd>
            <dt>{t("arrival.time")}</dt>
            <dd>{arrival.data.time}</dd>
            <dt>{t("arrival.placeKind")}</dt>
            <dd>{arrival.data.placeKind ? t(`arrival.placeKind.${arrival.data.placeKind}`) : ""}</dd>
            <dt>{t("arrival.place")}</dt>
            <dd>{arrival.data.place}</dd>
            <dt>{t("arrival.travel")}</dt>
            <dd class="prewrap">{arrival.data.travel}</dd>
          </dl>
        </Show>
      </Show>
    </section>
  );
}
