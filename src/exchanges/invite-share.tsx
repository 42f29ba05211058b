import { Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";

export interface InviteToShare {
  role: string;
  name: string;
  project: string;
  link: string;
  until: string;
}

/** The ready-written message, for the share sheet or an e-mail: who it is for, what to do, until when. */
export function useInviteMessage() {
  const { t } = useI18n();
  return (invite: InviteToShare) => ({
    subject: t("invite.share.subject", { project: invite.project }),
    body: t("invite.share.body", { name: invite.name, role: invite.role, project: invite.project, link: invite.link, until: invite.until }),
  });
}

export const mailtoHref = (email: string, message: { subject: string; body: string }) =>
  `mailto:${encodeURIComponent(email).replace("%40", "@")}?subject=${encodeURIComponent(message.subject)}&body=${encodeURIComponent(message.body)}`;

/**
 * Sends the invite the way the device can: its share sheet (Web Share) where the browser has
 * one, else a new e-mail to the person with the message written.
 */
export function ShareInvite(props: { email: string; message: { subject: string; body: string }; who: string; onShared: () => void }) {
  const { t } = useI18n();
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";
  const share = async () => {
    const { subject, body } = props.message;
    try {
      await navigator.share({ title: subject, text: body });
      props.onShared();
    } catch {
      // Closing the share sheet is not an error worth a message.
    }
  };
  return (
    <Show
      when={canShare}
      fallback={
        <a class="button" href={mailtoHref(props.email, props.message)}>
          {t("invite.share.email")}
          <span class="visually-hidden"> ({props.who})</span>
        </a>
      }
    >
      <button type="button" onClick={() => void share()}>
        {t("invite.share.button")}
        <span class="visually-hidden"> ({props.who})</span>
      </button>
    </Show>
  );
}
