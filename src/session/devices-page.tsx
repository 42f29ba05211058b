import { createSignal, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { useSessions } from "./session-store";
import { ForEachSession } from "./for-each-session";
import { inviteQrDataUrl } from "../ui/qr-data-url";
import type { SessionRecord } from "../db/schema";
import { CommitteeOfficers } from "./committee-officers";

function AddDevice(props: { session: SessionRecord }) {
  const { t, locale } = useI18n();
  const sessions = useSessions();
  const [link, setLink] = createSignal<{ url: string; qr: string; expiresAt: number } | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [copied, setCopied] = createSignal(false);
  const create = async () => {
    setProblem(null);
    try {
      const invite = await sessions.createDeviceLink(props.session.personId);
      setLink({ url: invite.invite, qr: await inviteQrDataUrl(invite.invite), expiresAt: invite.expiresAt });
    } catch (caught) {
      setProblem(caught instanceof Error && caught.message ? t("devices.failed", { message: caught.message }) : t("devices.offline"));
    }
  };
  const copy = async () => {
    await navigator.clipboard.writeText(link()?.url ?? "");
    setCopied(true);
  };
  const until = () => new Intl.DateTimeFormat(locale(), { timeStyle: "short" }).format(link()?.expiresAt ?? 0);
  return (
    <section class="card" aria-labelledby={`device-${props.session.personId}`}>
      <h2 id={`device-${props.session.personId}`}>{t("devices.for", { title: props.session.title })}</h2>
      <Show
        when={link()}
        fallback={
          <button type="button" class="primary" onClick={() => void create()}>
            {t("devices.create")}
          </button>
        }
      >
        {(shown) => (
          <>
            <p>{t("devices.instructions", { time: until() })}</p>
            <img src={shown().qr} width="240" height="240" alt={t("devices.qrAlt")} />
            <p>
              <label for={`device-link-${props.session.personId}`}>{t("devices.link")}</label>
              <input id={`device-link-${props.session.personId}`} readonly value={shown().url} data-testid="device-link" />
            </p>
            <button type="button" onClick={() => void copy()}>
              {t("devices.copy")}
            </button>
            <p role="status">{copied() ? t("devices.copied") : ""}</p>
          </>
        )}
      </Show>
      <Show when={problem()}>
        <p class="error" role="alert">
          {problem()}
        </p>
      </Show>
    </section>
  );
}

/** Adding a second device (a laptop next to the phone) without going back to the officer. */
export default function DevicesPage() {
  const { t } = useI18n();
  const { sessions } = useSessions();
  return (
    <>
      <PageTitle>{t("devices.title")}</PageTitle>
      <p>{t("devices.lead")}</p>
      <Show when={(sessions()?.length ?? 0) > 0} fallback={<p>{t("devices.none")}</p>}>
        <ForEachSession sessions={sessions()}>
          {(session) => (
            <>
              <AddDevice session={session()} />
              <Show when={session().role === "officer"}>
                <CommitteeOfficers session={session()} />
              </Show>
            </>
          )}
        </ForEachSession>
      </Show>
    </>
  );
}
