import { createSignal, Match, Show, Switch } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import type { ExchangePerson, InviteRole } from "./exchanges-api";
import type { IssuedInvite } from "./officer-store";
import { inviteQrDataUrl } from "../ui/qr-data-url";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { JoinedDevices } from "./joined-devices";
import { ShareInvite, useInviteMessage } from "./invite-share";

export const roleLabels: Record<InviteRole, MessageKey> = {
  student: "exchanges.role.student",
  tutor: "exchanges.role.tutor",
  contact: "exchanges.role.contact",
};

/**
 * One person's way in: whether they joined and on which devices, and while their invite can
 * still be used, its link to copy, share or show as a QR code. Re-issuing makes a new link
 * (older unused ones stop working); withdrawing stops the current one, after asking.
 */
export function InviteCard(props: {
  role: InviteRole;
  person: ExchangePerson | undefined;
  email: string;
  project: string;
  issued: IssuedInvite | undefined;
  cancelled: boolean;
  offline: boolean;
  onReissue: () => Promise<void>;
  onRevoke: () => Promise<void>;
}) {
  const { t, formatTime } = useI18n();
  const [qr, setQr] = createSignal<string | null>(null);
  const [confirming, setConfirming] = createSignal(false);
  const inviteMessage = useInviteMessage();
  const [notice, setNotice] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  let linkInput!: HTMLInputElement;
  const id = () => `invite-${props.role}`;
  const who = () => ({ role: t(roleLabels[props.role]), name: props.person?.name ?? "" });
  const devices = () => props.person?.sessions.filter((s) => !s.revoked).length ?? 0;
  // Only the very link the server names as working: another device may have made a newer one.
  const usable = () => Boolean(props.issued && props.person?.inviteId && props.issued.inviteId === props.person.inviteId);
  const date = (at: number) => formatTime(at, "date");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.issued?.link ?? "");
      setNotice(t("invite.copied", who()));
    } catch {
      linkInput.select();
      setNotice(t("invite.copyFailed"));
    }
  };
  const toggleQr = async () => setQr(qr() ? null : await inviteQrDataUrl(props.issued?.link ?? ""));
  const act = async (action: () => Promise<void>, done: MessageKey) => {
    setBusy(true);
    setQr(null);
    try {
      await action();
      setNotice(t(done, who()));
    } catch (caught) {
      setNotice(caught instanceof Error && caught.message ? caught.message : t("exchanges.unreachable"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card invite-card" aria-labelledby={`${id()}-heading`}>
      <h3 id={`${id()}-heading`}>
        {t("invite.cardTitle", who())}
      </h3>
      <div>
        <Switch fallback={<p>{t("invite.none")}</p>}>
          <Match when={devices() > 0}>
            <JoinedDevices sessions={props.person?.sessions ?? []} />
          </Match>
          <Match when={props.cancelled}>
            <p>{t("invite.notJoinedCancelled")}</p>
          </Match>
          <Match when={props.person?.inviteExpiresAt}>{(expires) => <p>{t("invite.waiting", { date: date(expires()) })}</p>}</Match>
        </Switch>
      </div>
      <Show when={usable()}>
        <label for={`${id()}-link`}>{t("invite.link", who())}</label>
        <input ref={linkInput} id={`${id()}-link`} class="invite-link" readOnly value={props.issued?.link ?? ""} onFocus={(e) => e.currentTarget.select()} />
        <div class="actions">
          <button type="button" class="primary" onClick={() => void copy()}>
            {t("invite.copy")}
            <span class="visually-hidden"> ({who().role})</span>
          </button>
          <ShareInvite
            email={props.email}
            who={who().role}
            message={inviteMessage({ ...who(), project: props.project, link: props.issued?.link ?? "", until: date(props.person?.inviteExpiresAt ?? 0) })}
            onShared={() => setNotice(t("invite.share.shared", who()))}
          />
          <button type="button" aria-expanded={qr() !== null} aria-controls={`${id()}-qr`} onClick={() => void toggleQr()}>
            {qr() ? t("invite.hideQr") : t("invite.showQr")}
            <span class="visually-hidden"> ({who().role})</span>
          </button>
        </div>
        <div id={`${id()}-qr`}>
          <Show when={qr()}>{(src) => <img class="invite-qr" src={src()} width="240" height="240" alt={t("invite.qrAlt", who())} />}</Show>
        </div>
      </Show>
      <Show when={!usable() && props.person?.inviteExpiresAt && !props.cancelled}>
        <p class="hint">{t("invite.linkNotHere")}</p>
      </Show>
      <Show when={!props.cancelled}>
        <div class="actions">
          <button type="button" disabled={busy() || props.offline} onClick={() => void act(props.onReissue, "invite.reissued")}>
            {t("invite.reissue")}
            <span class="visually-hidden"> ({who().role})</span>
          </button>
          <Show when={props.person?.inviteExpiresAt}>
            <button type="button" disabled={busy() || props.offline} onClick={() => setConfirming(true)}>
              {t("invite.revoke")}
              <span class="visually-hidden"> ({who().role})</span>
            </button>
          </Show>
          <Show when={confirming()}>
            <ConfirmDialog
              id={`${id()}-confirm`}
              title={t("invite.confirmRevoke.title", who())}
              confirmLabel={t("invite.confirmRevoke.confirm")}
              cancelLabel={t("invite.confirmRevoke.keep")}
              onConfirm={() => {
                setConfirming(false);
                void act(props.onRevoke, "invite.revoked");
              }}
              onCancel={() => setConfirming(false)}
            >
              <p>{t("invite.confirmRevoke.text", who())}</p>
            </ConfirmDialog>
          </Show>
        </div>
      </Show>
      <p class="notice" role="status">
        {notice()}
      </p>
    </section>
  );
}
