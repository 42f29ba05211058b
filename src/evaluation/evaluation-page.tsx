import { type JSX, Show } from "solid-js";
import { A } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { PageTitle } from "../ui/page-title";
import type { SessionRecord } from "../db/schema";
import { useEvaluation } from "./evaluation-store";
import { FinalPartForm, FinalPartView, answerLabel, criterionLabel } from "./final-part-form";
import { SignatureStates } from "./signature-states";
import { SignerScreen } from "./signer-screen";
import "./evaluation.css";

function Evaluation(props: { nav: () => JSX.Element; session: SessionRecord }) {
  const { t } = useI18n();
  // A role page's session does not change while it is shown.
  // eslint-disable-next-line solid/reactivity
  const store = useEvaluation(props.session);
  const base = () => `/${store.role}/${props.session.personId}`;
  const ownMissing = () => store.missing()?.[store.role] ?? [];
  const missingLabels = () =>
    ownMissing()
      .map((item) => t(store.ownSpec.criteria.includes(item) ? criterionLabel(item) : answerLabel(item)))
      .join(", ");
  return (
    <>
      <PageTitle>{t("evaluation.title")}</PageTitle>
      {props.nav()}
      <p>{t(`evaluation.lead.${store.role}` as MessageKey)}</p>
      <Show when={props.session.exchange} fallback={<p class="notice warning">{t("evaluation.noExchange")}</p>}>
        <Show when={store.sealed()}>
          <p class="notice">{t("evaluation.sealedNotice")}</p>
        </Show>
        <section class="card" aria-labelledby="own-part">
          <h2 id="own-part">{t(`evaluation.ownPart.${store.role}` as MessageKey)}</h2>
          <Show when={store.own.loaded()} fallback={<p role="status">{t("loading")}</p>}>
            <Show when={!store.sealed()} fallback={<FinalPartView spec={store.ownSpec} data={store.shownContent()?.[store.role] ?? store.own.data} />}>
              <FinalPartForm idPrefix={store.role} spec={store.ownSpec} data={store.own.data} onRating={store.own.setRating} onText={store.own.setText} />
              <p role="status">{ownMissing().length === 0 ? t("evaluation.missing.own") : t("evaluation.missing", { items: missingLabels() })}</p>
            </Show>
          </Show>
        </section>
        <section class="card" aria-labelledby="other-part">
          <h2 id="other-part">{t(`evaluation.otherPart.${store.role}` as MessageKey)}</h2>
          <FinalPartView spec={store.otherSpec} data={store.other.data} />
        </section>
        <SignatureStates store={store} />
        <p>
          <Show when={!store.sealed()} fallback={<A href={`${base()}/certificate`}>{t("evaluation.certificate.link")}</A>}>
            <Show when={store.complete()} fallback={<span>{t("evaluation.sign.incomplete")}</span>}>
              <A href={`${base()}/evaluation/sign`}>{t("evaluation.toSign")}</A>
            </Show>
          </Show>
        </p>
      </Show>
    </>
  );
}

export default function EvaluationPage() {
  return <SignerScreen>{(session, nav) => <Evaluation session={session} nav={nav} />}</SignerScreen>;
}
