import { createSignal, For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { ConfirmDialog } from "../ui/confirm-dialog";
import type { DeviceSession, OfficerEntry } from "../exchanges/exchanges-api";
import "./session.css";

/** One officer's devices, each with its day of joining; every device but this one can be signed out, after asking. */
export function OfficerDevices(props: { officer: OfficerEntry; currentSessionId: string; disabled: boolean; onSignOut: (session: DeviceSession) => Promise<void> }) {
  const { t, formatTime } = useI18n();
  const [asking, setAsking] = createSignal<DeviceSession | null>(null);
  const active = () => props.officer.sessions.filter((session) => !session.revoked);
  const device = (session: DeviceSession) => session.deviceName || t("invite.unnamedDevice");
  return (
    <Show when={active().length > 0} fallback={<Show when={!props.officer.inviteExpiresAt}>{<p>{t("officers.noDevices")}</p>}</Show>}>
      <ul class="device-list" aria-label={t("officers.devicesOf", { name: props.officer.name })}>
        <For each={active()}>
          {(session) => (
            <li class="device">
              {t("invite.device", { device: device(session), date: formatTime(session.createdAt, "date") })}
              <Show
                when={session.id !== props.currentSessionId}
                fallback={<strong class="this-device">{t("officers.thisDevice")}</strong>}
              >
                <button type="button" class="danger" disabled={props.disabled} onClick={() => setAsking(session)}>
                  {t("officers.signOut")}
                  <span class="visually-hidden"> {t("officers.signOutWhat", { device: device(session), name: props.officer.name })}</span>
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={asking()}>
        {(session) => (
          <ConfirmDialog
            id={`sign-out-${session().id}`}
            title={t("officers.confirmTitle", { device: device(session()), name: props.officer.name })}
            confirmLabel={t("officers.signOut")}
            cancelLabel={t("officers.keepSignedIn")}
            onConfirm={() => {
              // Read before closing: the dialog's session is gone once it closes.
              const chosen = session();
              setAsking(null);
              void props.onSignOut(chosen);
            }}
            onCancel={() => setAsking(null)}
          >
            <p>{t("officers.confirmText", { name: props.officer.name })}</p>
          </ConfirmDialog>
        )}
      </Show>
    </Show>
  );
}
