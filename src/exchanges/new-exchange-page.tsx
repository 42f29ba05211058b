import { createResource, Show } from "solid-js";
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { RolePage } from "../session/role-page";
import type { SessionRecord } from "../db/schema";
import { isUnreachable, useOfficerStore } from "./officer-store";
import { FormRejected } from "./exchanges-api";
import { ExchangeFormView } from "./exchange-form-view";
import type { ExchangeForm } from "./exchange-form";
import { emptyExchangeForm } from "./form-messages";
import { useNewExchangeDraft } from "./new-exchange-draft";
import { useExchangeFromOffer } from "../offers/exchange-from-offer";
import "./officer.css";

function NewExchange(props: { session: SessionRecord }) {
  const { t, formatTime } = useI18n();
  const navigate = useNavigate();
  // The session of a role page never changes while it is shown.
  // eslint-disable-next-line solid/reactivity
  const store = useOfficerStore(props.session);
  // eslint-disable-next-line solid/reactivity
  const drafts = useNewExchangeDraft(props.session.personId);
  const [kept, { mutate }] = createResource(() => drafts.load());
  const [knownContacts] = createResource(() => store.knownContacts());
  const home = () => `/officer/${props.session.personId}`;
  // `?offer=<id>`: the form starts from a tutor's project offer and the student they chose.
  const [search] = useSearchParams<{ offer?: string }>();
  // eslint-disable-next-line solid/reactivity
  const fromOffer = useExchangeFromOffer(props.session.token, () => search.offer, emptyExchangeForm);
  // Opened from an offer, the form starts from the offer, not from a draft of another exchange.
  const restored = () => (search.offer || kept.state !== "ready" ? undefined : (kept() ?? undefined));
  const ready = () => (kept.state === "ready" || kept.state === "errored") && fromOffer.initial() !== undefined;
  const save = async (form: ExchangeForm) => {
    try {
      const created = await store.create(form);
      await drafts.clear();
      await fromOffer.created(created.id);
      navigate(`${home()}/exchanges/${created.id}`);
      return null;
    } catch (caught) {
      if (caught instanceof FormRejected) return caught.fields;
      // The form stays on this device: say so, rather than only that the server is away.
      if (isUnreachable(caught)) throw new Error(t("exchanges.draftNotSent"));
      throw caught;
    }
  };
  const discard = async () => {
    await drafts.clear();
    mutate(null);
    navigate(home());
  };
  return (
    <>
      <PageTitle>{t("exchanges.newTitle")}</PageTitle>
      <p class="hint">{t("exchanges.newLead")}</p>
      <Show when={ready()} fallback={<p role="status">{t("loading")}</p>}>
        <Show when={restored()}>
          {(draft) => (
            <p class="notice" role="status">
              {t("exchanges.draftRestored", { when: formatTime(draft().savedAt, "dateTime") })}
            </p>
          )}
        </Show>
        <ExchangeFormView
          initial={restored()?.form ?? fromOffer.initial() ?? emptyExchangeForm()}
          submitLabel={t("exchanges.create")}
          onSubmit={save}
          onChange={(form) => void drafts.save(form)}
          knownContacts={knownContacts.latest ?? []}
        >
          <A class="button" href={home()}>
            {t("exchanges.keepDraft")}
          </A>
          <button type="button" onClick={() => void discard()}>
            {t("exchanges.discardDraft")}
          </button>
        </ExchangeFormView>
      </Show>
    </>
  );
}

export default function NewExchangePage() {
  return <RolePage role="officer">{(session) => <NewExchange session={session} />}</RolePage>;
}
