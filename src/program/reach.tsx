import { Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";

/** A phone number as a `tel:` link dials: digits and a leading plus only. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

/** A plain link to a map search for an address: no map library, and it opens in the phone's map app or browser. */
export const mapSearchHref = (address: string) => `https://www.openstreetmap.org/search?query=${encodeURIComponent(address.replace(/\s+/g, " ").trim())}`;

/** How to reach a person: their phone to call and their e-mail to write to, as links. */
export function Reach(props: { email: string; phone: string }) {
  const { t } = useI18n();
  return (
    <dl class="facts">
      <dt>{t("reach.phone")}</dt>
      <dd>
        <Show when={props.phone} fallback={t("reach.noPhone")}>
          <a href={telHref(props.phone)}>{props.phone}</a>
        </Show>
      </dd>
      <Show when={props.email}>
        <dt>{t("reach.email")}</dt>
        <dd>
          <a href={`mailto:${props.email}`}>{props.email}</a>
        </dd>
      </Show>
    </dl>
  );
}

export function MapLink(props: { address: string }) {
  const { t } = useI18n();
  return (
    <a class="map-link" href={mapSearchHref(props.address)} rel="noopener">
      {t("reach.map")}
      <span class="visually-hidden">: {props.address}</span>
    </a>
  );
}
