import { type JSX, Show, createSignal } from "solid-js";
import { A } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import type { SessionRecord } from "../db/schema";
import { useEvaluation } from "./evaluation-store";
import { EvaluationSummary } from "./evaluation-summary";
import { SignatureStates } from "./signature-states";
import { SignerScreen } from "./signer-screen";
import { signingOpen, signingOpensOn } from "./signing-window";
import { todayIso } from "../logbook/rules/calendar";
import "./evaluation.css";

function Signing(props: { nav: () => JSX.Element; session: SessionRecord }) {
  const { t, formatDate } = useI18n();
  // A role page's session does not change while it is shown.
  // eslint-disable-next-line solid/reactivity
  const store = useEvaluation(props.session);
  const [working, setWorking] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const state = () => store.ownState();
  const period = () => store.content()?.exchange ?? props.session.exchange;
  const open = () => {
    const exchange = period();
    return exchange !== undefined && signingOpen(exchange, new Date(), todayIso(new Date()));
  };
  const canSign = () => open() && store.complete() && !store.sealed() && store.hash() !== null && ["not-signed", "stale", "refused"].includes(state().kind);
  const sign = async () => {
    setWorking(true);
    setError(null);
    try {
      await store.sign();
    } catch (problem) {
      setError(t("evaluation.sign.failed", { message: problem instanceof Error ? problem.message : String(problem) }));
    } finally {
      setWorking(false);
    }
  };
  return (
    <>
      <PageTitle>{t("evaluation.sign.title")}</PageTitle>
      {props.nav()}
      <p>
        <A href={`/${store.role}/${props.session.personId}/evaluation`}>{t("evaluation.title")}</A>
      </p>
      {/* A signature that no longer counts is said first, before pages of content. */}
      <Show when={state().kind === "stale"}>
        <p class="notice warning" role="alert">
          {t("evaluation.state.stale")}
        </p>
      </Show>
      <Show when={!open() && !store.sealed() && period()}>
        {(exchange) => <p class="notice">{t("evaluation.sign.opensOn", { date: formatDate(signingOpensOn(exchange()), "day") })}</p>}
      </Show>
      <p>{t("evaluation.sign.lead")}</p>
      <Show when={store.shownContent()} fallback={<p role="status">{props.session.exchange ? t("loading") : t("evaluation.noExchange")}</p>}>
        {(content) => <EvaluationSummary content={content()} viewer={store.role} />}
      </Show>
      <Show when={store.hash()}>{(hash) => <p class="fingerprint">{t("evaluation.sign.fingerprint", { hash: hash().slice(0, 12) })}</p>}</Show>
      <SignatureStates store={store} />
      <Show when={!store.complete() && !store.sealed()}>
        <p class="notice warning">{t("evaluation.sign.incomplete")}</p>
      </Show>
      <Show when={canSign()}>
        <button type="button" class="primary" disabled={working()} onClick={() => void sign()}>
          {working() ? t("evaluation.sign.working") : state().kind === "not-signed" ? t("evaluation.sign.button") : t("evaluation.sign.again")}
        </button>
      </Show>
      <Show when={error()}>
        <p role="alert">{error()}</p>
      </Show>
      <Show when={store.sealed()}>
        <p>
          <A href={`/${store.role}/${props.session.personId}/certificate`}>{t("evaluation.certificate.link")}</A>
        </p>
      </Show>
    </>
  );
}

export default function SignPage() {
  return <SignerScreen>{(session, nav) => <Signing session={session} nav={nav} />}</SignerScreen>;
}
