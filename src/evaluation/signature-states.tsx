import { Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import type { EvaluationStore } from "./evaluation-store";

/** Both signatures as they stand, announced politely when they change. */
export function SignatureStates(props: { store: EvaluationStore }) {
  const { t, formatTime } = useI18n();
  const other = () => (props.store.role === "student" ? "tutor" : "student");
  const mine = () => props.store.ownState();
  const theirs = () => props.store.otherState();
  const otherName = () => (other() === "tutor" ? props.store.content()?.exchange.tutorName : props.store.content()?.exchange.studentName) ?? "";
  const ownText = () => {
    const state = mine();
    return state.kind === "refused" ? t("evaluation.state.refused", { message: state.message }) : t(`evaluation.state.${state.kind}` as MessageKey);
  };
  const otherText = () => (theirs() === "stale" ? t("evaluation.state.otherStale") : t(`evaluation.state.${theirs()}` as MessageKey));
  return (
    <section class="card" aria-labelledby="signature-states">
      <h2 id="signature-states">{t("evaluation.state.heading")}</h2>
      <div role="status">
        <ul class="signature-states">
          <li classList={{ "notice warning": mine().kind === "stale" }} data-testid="own-signature">
            <strong>{t("evaluation.state.you")}:</strong> {ownText()}
          </li>
          <li data-testid="other-signature">
            <strong>{otherName()}:</strong> {otherText()}
          </li>
        </ul>
      </div>
      <Show when={props.store.status()}>
        {(status) => <p class="hint">{t("evaluation.state.asOf", { date: formatTime(status().fetchedAt, "dateTime") })}</p>}
      </Show>
    </section>
  );
}
