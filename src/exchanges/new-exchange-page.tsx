import { Show } from "solid-js";
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { RolePage } from "../session/role-page";
import type { SessionRecord } from "../db/schema";
import { useOfficerStore } from "./officer-store";
import { FormRejected } from "./exchanges-api";
import { ExchangeFormView } from "./exchange-form-view";
import type { ExchangeForm } from "./exchange-form";
import { emptyExchangeForm } from "./form-messages";
import { useExchangeFromOffer } from "../offers/exchange-from-offer";
import "./officer.css";

function NewExchange(props: { session: SessionRecord }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  // The session of a role page never changes while it is shown.
  // eslint-disable-next-line solid/reactivity
  const store = useOfficerStore(props.session);
  const home = () => `/officer/${props.session.personId}`;
  // `?offer=<id>`: the form starts from a tutor's project offer and the student they chose.
  const [search] = useSearchParams<{ offer?: string }>();
  // eslint-disable-next-line solid/reactivity
  const fromOffer = useExchangeFromOffer(props.session.token, () => search.offer, emptyExchangeForm);
  const save = async (form: ExchangeForm) => {
    try {
      const created = await store.create(form);
      await fromOffer.created(created.id);
      navigate(`${home()}/exchanges/${created.id}`);
      return null;
    } catch (caught) {
      if (caught instanceof FormRejected) return caught.fields;
      throw caught;
    }
  };
  return (
    <>
      <PageTitle>{t("exchanges.newTitle")}</PageTitle>
      <p class="hint">{t("exchanges.newLead")}</p>
      <Show when={fromOffer.initial()} keyed>
        {(initial) => (
          <ExchangeFormView initial={initial} submitLabel={t("exchanges.create")} onSubmit={save}>
            <A class="button" href={home()}>
              {t("exchanges.discard")}
            </A>
          </ExchangeFormView>
        )}
      </Show>
    </>
  );
}

export default function NewExchangePage() {
  return <RolePage role="officer">{(session) => <NewExchange session={session} />}</RolePage>;
}
