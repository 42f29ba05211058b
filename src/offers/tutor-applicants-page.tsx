// The tutor's applicants for their own project (the server sends no other project's), readable
// offline once opened here, with the choice of one student or declining them all.
import { createSignal, For, Show } from "solid-js";
import { A, useParams } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { TextField } from "../ui/text-field";
import { useApplicants } from "./applicants-store";
import { ApplicantCard } from "./applicant-card";
import { useOffersMessages } from "./offers-messages";
import "../ui/forms.css";
import "./offers.css";

export default function TutorApplicantsPage() {
  const t = useOffersMessages();
  const { formatTime } = useI18n();
  const params = useParams<{ offerId: string }>();
  // The route's offer does not change while the page is shown.
   
  const store = useApplicants(params.offerId);
  const [reason, setReason] = createSignal("");
  const [declineProblem, setDeclineProblem] = createSignal<string | null>(null);
  const canChoose = () => store.offer()?.state === "published";
  const decline = async () => {
    if (!reason().trim()) return setDeclineProblem(t("problem.required"));
    try {
      await store.choose({ declineReason: reason().trim() });
      setDeclineProblem(null);
    } catch {
      setDeclineProblem(t("applicants.offlineAction"));
    }
  };
  return (
    <>
      <PageTitle>{t("applicants.title")}</PageTitle>
      <p>
        <A href={`/offer/${params.offerId}`}>{store.offer()?.form?.projectTitle || t("form.title")}</A>
      </p>
      <Show when={store.noAccess()}>
        <p role="alert">{t("form.noAccess")}</p>
      </Show>
      <p class="hint">{t("applicants.lead")}</p>
      <Show when={store.staleSince()}>{(since) => <p class="notice" role="status">{t("applicants.stale", { when: formatTime(since(), "dateTime") })}</p>}</Show>
      <Show when={store.offer()?.state === "declined"}>
        <p class="notice">{t("form.declined", { reason: store.offer()?.declineReason ?? "" })}</p>
      </Show>
      <Show when={store.applications()} fallback={<p role="status">{t("arrival.opening")}</p>}>
        {(list) => (
          <>
            <p>{t("applicants.count", { count: list().length })}</p>
            <Show when={list().length > 0} fallback={<p>{t("applicants.none")}</p>}>
              <ul class="applicant-list">
                <For each={list()}>{(application) => <ApplicantCard application={application} store={store} canChoose={canChoose()} />}</For>
              </ul>
            </Show>
            <Show when={canChoose()}>
              <section aria-labelledby="decline-heading" class="card">
                <h2 id="decline-heading">{t("applicants.declineAll")}</h2>
                <TextField id="decline-reason" label={t("applicants.declineReason")} value={reason()} multiline error={declineProblem()} onInput={setReason} />
                <button type="button" class="danger" onClick={() => void decline()}>
                  {t("applicants.confirmDecline")}
                </button>
              </section>
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
