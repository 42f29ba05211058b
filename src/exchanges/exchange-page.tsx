import { createResource, For, Match, Show, Switch } from "solid-js";
import { A, useParams } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { RolePage } from "../session/role-page";
import type { SessionRecord } from "../db/schema";
import { useOfficerStore, isUnreachable } from "./officer-store";
import { inviteRoles, type ExchangeDetail } from "./exchanges-api";
import { InviteCard } from "./invite-card";
import { CancelPanel } from "./cancel-panel";
import { StaleNotice } from "./stale-notice";
import "./officer.css";

function ExchangeFacts(props: { exchange: ExchangeDetail }) {
  const { t, formatDate } = useI18n();
  const form = () => props.exchange.form;
  return (
    <dl class="facts">
      <dt>{t("exchanges.role.student")}</dt>
      <dd>
        {form().student.name} ({form().student.email})
      </dd>
      <dt>{t("exchanges.role.tutor")}</dt>
      <dd>
        {form().tutor.name} ({form().tutor.email})
      </dd>
      <dt>{t("exchanges.role.contact")}</dt>
      <dd>{form().contact.name}</dd>
      <dt>{t("exchangeForm.period")}</dt>
      <dd>{t("exchanges.period", { start: formatDate(form().startDate, "date"), end: formatDate(form().endDate, "date") })}</dd>
      <dt>{t("exchangeForm.kind")}</dt>
      <dd>{form().kind === "research" ? t("exchangeForm.kindResearch") : t("exchangeForm.kindProfessional")}</dd>
      <dt>{t("exchanges.host")}</dt>
      <dd>{[form().department, form().hostInstitution].filter(Boolean).join(", ")}</dd>
    </dl>
  );
}

function ExchangeView(props: { session: SessionRecord }) {
  const { t } = useI18n();
  const params = useParams<{ exchangeId: string }>();
  // The session of a role page never changes while it is shown.
  // eslint-disable-next-line solid/reactivity
  const store = useOfficerStore(props.session);
  // Pages read `.latest`: a refetch after an action then keeps the page (and focus) in place
  // instead of suspending it.
  const [exchange, { refetch }] = createResource(() => params.exchangeId, store.exchange);
  const [issued, { refetch: refetchIssued }] = createResource(() => params.exchangeId, store.issuedInvites);
  const refresh = async () => {
    await Promise.all([refetch(), refetchIssued()]);
  };
  const home = () => `/officer/${props.session.personId}`;
  /** Runs an invite action, then shows the server's new state of the exchange. */
  const act = async (action: () => Promise<unknown>) => {
    await action();
    await refresh();
  };
  const cancel = async (id: string, reason: string) => {
    await act(() => store.cancel(id, reason));
    // The cancel form is gone; the banner that replaced it takes focus so it is heard.
    queueMicrotask(() => document.querySelector<HTMLElement>(".cancelled-banner")?.focus());
  };

  return (
    <Switch>
      <Match when={exchange.error}>
        <PageTitle>{t("exchanges.exchangeTitle")}</PageTitle>
        <p class="error" role="alert">
          {isUnreachable(exchange.error) ? t("exchanges.notCached") : t("exchanges.notFound")}
        </p>
        <A href={home()}>{t("exchanges.backToDashboard")}</A>
      </Match>
      <Match when={exchange.latest}>
        {(fetched) => {
          const detail = () => fetched().body;
          const cancelled = () => detail().cancelledReason !== null;
          return (
            <>
              <PageTitle>{detail().form.projectTitle}</PageTitle>
              <p>
                <A href={home()}>{t("exchanges.backToDashboard")}</A>
              </p>
              <StaleNotice fetchedAt={fetched().fetchedAt} fromCache={fetched().fromCache} />
              <Show when={detail().cancelledReason}>
                {(reason) => (
                  <p class="cancelled-banner" role="status" tabIndex={-1}>
                    {t("exchanges.cancelledBecause", { reason: reason() })}
                  </p>
                )}
              </Show>
              <ExchangeFacts exchange={detail()} />
              <Show when={!cancelled()}>
                <A class="button" href={`${home()}/exchanges/${detail().id}/edit`}>
                  {t("exchanges.edit")}
                </A>
              </Show>
              <section aria-labelledby="invites-heading">
                <h2 id="invites-heading">{t("invite.title")}</h2>
                <p class="hint">{cancelled() ? t("invite.cancelled") : t("invite.explain")}</p>
                <div class="invite-grid">
                  <For each={inviteRoles}>
                    {(role) => (
                      <InviteCard
                        role={role}
                        person={detail().people.find((p) => p.role === role)}
                        email={detail().form[role].email}
                        project={detail().form.projectTitle}
                        issued={issued.latest?.[role]}
                        cancelled={cancelled()}
                        offline={fetched().fromCache}
                        onReissue={() => act(() => store.reissueInvite(detail().id, role))}
                        onRevoke={() => act(() => store.revokeInvite(detail().id, role))}
                      />
                    )}
                  </For>
                </div>
              </section>
              <Show when={!cancelled()}>
                <CancelPanel disabled={fetched().fromCache} onCancel={(reason) => cancel(detail().id, reason)} />
              </Show>
            </>
          );
        }}
      </Match>
      <Match when={true}>
        <p role="status">{t("loading")}</p>
      </Match>
    </Switch>
  );
}

export default function ExchangePage() {
  return <RolePage role="officer">{(session) => <ExchangeView session={session} />}</RolePage>;
}
