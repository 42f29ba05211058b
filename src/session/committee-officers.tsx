import { createResource, createSignal, For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { TextField } from "../ui/text-field";
import type { SessionRecord } from "../db/schema";
import { useOfficerStore, type IssuedInvite } from "../exchanges/officer-store";
import type { OfficerEntry } from "../exchanges/exchanges-api";
import { ShareInvite } from "../exchanges/invite-share";
import { StaleNotice } from "../exchanges/stale-notice";
import { OfficerDevices } from "./officer-devices";

/** The link this device holds for an officer not joined yet, while the server names it as the one that works. */
function heldLinkOf(held: Record<string, IssuedInvite> | undefined, officer: OfficerEntry): string | null {
  const link = held?.[officer.id];
  return link && officer.inviteId && link.inviteId === officer.inviteId ? link.link : null;
}

/**
 * The committee's local officers (LORE, LEO, a successor): who they are, their devices, and a
 * way to invite another. Any officer signs out any officer's device, so a lost laptop or an
 * officer who left is signed out by a colleague.
 */
export function CommitteeOfficers(props: { session: SessionRecord }) {
  const { t, formatTime } = useI18n();
  // The session of a device's officer record never changes while it is shown.
  // eslint-disable-next-line solid/reactivity
  const store = useOfficerStore(props.session);
  const [officers, { refetch }] = createResource(() => store.officers());
  const [held, { refetch: refetchHeld }] = createResource(() => store.officerInvites());
  const [name, setName] = createSignal("");
  const [email, setEmail] = createSignal("");
  const [problem, setProblem] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal("");
  const offline = () => officers.latest?.fromCache ?? false;
  const id = () => `officers-${props.session.personId}`;

  const run = async (action: () => Promise<void>, done: string) => {
    setProblem(null);
    try {
      await action();
      await Promise.all([refetch(), refetchHeld()]);
      setNotice(done);
    } catch (caught) {
      setProblem(caught instanceof Error && caught.message ? caught.message : t("exchanges.unreachable"));
    }
  };
  const copy = async (link: string, who: string) => {
    try {
      await navigator.clipboard.writeText(link);
      setNotice(t("officers.copied", { name: who }));
    } catch {
      setNotice(t("invite.copyFailed"));
    }
  };
  const invite = (event: SubmitEvent) => {
    event.preventDefault();
    if (!name().trim() || !email().trim()) return setProblem(t("officers.inviteMissing"));
    const [who, address] = [name().trim(), email().trim()];
    const sent = async () => {
      await store.inviteOfficer(who, address);
      setName("");
      setEmail("");
    };
    void run(sent, t("officers.invited", { name: who }));
  };

  return (
    <section class="card" aria-labelledby={id()}>
      <h2 id={id()}>{t("officers.title", { committee: props.session.title })}</h2>
      <p class="hint">{t("officers.lead")}</p>
      <Show when={officers.latest}>{(fetched) => <StaleNotice fetchedAt={fetched().fetchedAt} fromCache={fetched().fromCache} />}</Show>
      <For each={officers.latest?.body.officers ?? []}>
        {(officer) => (
          <section aria-labelledby={`officer-${officer.id}`}>
            <h3 id={`officer-${officer.id}`}>{officer.name}</h3>
            <Show when={officer.email}>
              <p>{officer.email}</p>
            </Show>
            <OfficerDevices
              officer={officer}
              currentSessionId={officers.latest?.body.currentSessionId ?? ""}
              disabled={offline()}
              onSignOut={(session) => run(() => store.revokeSession(session.id), t("officers.signedOut", { name: officer.name }))}
            />
            <Show when={officer.inviteExpiresAt}>
              {(until) => <p>{t("officers.invitePending", { date: formatTime(until(), "date") })}</p>}
            </Show>
            <Show when={heldLinkOf(held.latest, officer)}>
              {(link) => (
                <>
                  <label for={`officer-link-${officer.id}`}>{t("officers.link", { name: officer.name })}</label>
                  <input id={`officer-link-${officer.id}`} class="invite-link" readOnly value={link()} onFocus={(e) => e.currentTarget.select()} />
                  <div class="actions">
                    <button type="button" class="primary" onClick={() => void copy(link(), officer.name)}>
                      {t("invite.copy")}
                      <span class="visually-hidden"> ({officer.name})</span>
                    </button>
                    <ShareInvite
                      email={officer.email}
                      who={officer.name}
                      message={{
                        subject: t("officers.share.subject", { committee: props.session.title }),
                        body: t("officers.share.body", { name: officer.name, committee: props.session.title, link: link(), until: formatTime(officer.inviteExpiresAt ?? 0, "date") }),
                      }}
                      onShared={() => setNotice(t("invite.share.shared", { role: officer.name }))}
                    />
                  </div>
                </>
              )}
            </Show>
          </section>
        )}
      </For>
      <form class="officer-invite" noValidate onSubmit={(event) => invite(event)}>
        <h3>{t("officers.inviteTitle")}</h3>
        <TextField id={`${id()}-name`} label={t("officers.name")} required value={name()} onInput={setName} autocomplete="off" />
        <TextField id={`${id()}-email`} label={t("officers.email")} type="email" required value={email()} onInput={setEmail} autocomplete="off" />
        <button type="submit" class="primary" disabled={offline()}>
          {t("officers.invite")}
        </button>
      </form>
      <Show when={problem()}>
        <p class="error" role="alert">
          {problem()}
        </p>
      </Show>
      <p class="notice" role="status">
        {notice()}
      </p>
    </section>
  );
}
