import { createResource, Match, Switch } from "solid-js";
import { A, useNavigate, useParams } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { RolePage } from "../session/role-page";
import type { SessionRecord } from "../db/schema";
import { useOfficerStore } from "./officer-store";
import { FormRejected } from "./exchanges-api";
import { ExchangeFormView } from "./exchange-form-view";
import type { ExchangeForm } from "./exchange-form";
import "./officer.css";

function EditExchange(props: { session: SessionRecord }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const params = useParams<{ exchangeId: string }>();
  // The session of a role page never changes while it is shown.
  // eslint-disable-next-line solid/reactivity
  const store = useOfficerStore(props.session);
  const [exchange] = createResource(() => params.exchangeId, store.exchange);
  const page = () => `/officer/${props.session.personId}/exchanges/${params.exchangeId}`;
  const save = async (form: ExchangeForm) => {
    try {
      await store.update(params.exchangeId, form);
      navigate(page());
      return null;
    } catch (caught) {
      if (caught instanceof FormRejected) return caught.fields;
      throw caught;
    }
  };
  return (
    <>
      <PageTitle>{t("exchanges.editTitle")}</PageTitle>
      <Switch fallback={<p role="status">{t("loading")}</p>}>
        <Match when={exchange.error}>
          <p class="error" role="alert">
            {t("exchanges.notFound")}
          </p>
        </Match>
        <Match when={exchange()?.fromCache}>
          <p class="error" role="alert">
            {t("exchanges.editNeedsNetwork")}
          </p>
          <A href={page()}>{t("exchanges.backToExchange")}</A>
        </Match>
        <Match when={exchange()?.body.cancelledReason}>
          <p class="error" role="alert">
            {t("exchanges.editCancelled")}
          </p>
          <A href={page()}>{t("exchanges.backToExchange")}</A>
        </Match>
        <Match when={exchange()}>
          {(fetched) => (
            <ExchangeFormView
              initial={fetched().body.form}
              submitLabel={t("exchanges.saveChanges")}
              onSubmit={save}
            >
              <A class="button" href={page()}>
                {t("exchanges.discard")}
              </A>
            </ExchangeFormView>
          )}
        </Match>
      </Switch>
    </>
  );
}

export default function EditExchangePage() {
  return <RolePage role="officer">{(session) => <EditExchange session={session} />}</RolePage>;
}
