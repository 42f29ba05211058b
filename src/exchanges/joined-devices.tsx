import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { DeviceSession } from "./exchanges-api";

/** When a person joined, and the devices they use, by name, with the day each was added. */
export function JoinedDevices(props: { sessions: DeviceSession[] }) {
  const { t, formatTime } = useI18n();
  const active = () => props.sessions.filter((session) => !session.revoked);
  const firstJoined = () => Math.min(...active().map((session) => session.createdAt));
  return (
    <Show when={active().length > 0}>
      <p>{t("invite.joinedOn", { date: formatTime(firstJoined(), "date") })}</p>
      <ul class="device-list" aria-label={t("invite.devicesLabel", { count: active().length })}>
        <For each={active()}>
          {(session) => (
            <li>
              {t("invite.device", { device: session.deviceName || t("invite.unnamedDevice"), date: formatTime(session.createdAt, "date") })}
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
