// The tutor's project offer: the form while it is theirs to edit (draft, or changes asked), and
// what happened to it once sent: in review, published (with the applicants), decided.
import { Match, Show, Switch } from "solid-js";
import { A, useParams } from "@solidjs/router";
import { PageTitle } from "../ui/page-title";
import { useTutorOffer } from "./tutor-offer-store";
import { OfferFormFields } from "./offer-form-fields";
import { useOffersMessages } from "./offers-messages";
import "../ui/forms.css";
import "./offers.css";

export default function TutorOfferPage() {
  const t = useOffersMessages();
  const params = useParams<{ offerId: string }>();
  // The route's offer does not change while the page is shown.
   
  const store = useTutorOffer(params.offerId);
  const editable = () => ["draft", "changes-requested"].includes(store.offer()?.state ?? "draft");
  const statusText = () => {
    const status = store.status();
    if (status === "device") return t("form.savedOnDevice");
    if (status === "server") return store.offer()?.state === "submitted" ? t("form.submitted") : t("form.savedOnServer");
    if (status === "offline") return t("form.offlineKept");
    if (status === "invalid") return t("form.fixFields");
    return "";
  };
  return (
    <>
      <PageTitle>{t("form.title")}</PageTitle>
      <Switch>
        <Match when={store.state() === "loading"}>
          <p role="status">{t("arrival.opening")}</p>
        </Match>
        <Match when={store.state() === "no-access"}>
          <p role="alert">{t("form.noAccess")}</p>
        </Match>
        <Match when={store.state() === "ready"}>
          <p class="hint">{t("form.lead", { committee: store.offer()?.committeeName ?? "" })}</p>
          <Show when={store.offer()?.state === "changes-requested" && store.offer()?.reviewComment}>
            {(comment) => <p class="notice" role="note">{t("form.changesAsked", { comment: comment() })}</p>}
          </Show>
          <Show
            when={editable()}
            fallback={
              <section aria-labelledby="offer-state-heading" class="card">
                <h2 id="offer-state-heading">{store.form.projectTitle || t("form.title")}</h2>
                <Switch>
                  <Match when={store.offer()?.state === "submitted"}>
                    <p>{t("form.submitted")}</p>
                  </Match>
                  <Match when={store.offer()?.state === "published"}>
                    <p>{t("form.published")}</p>
                  </Match>
                  <Match when={store.offer()?.state === "chosen"}>
                    <p>{t("form.chosen")}</p>
                  </Match>
                  <Match when={store.offer()?.state === "declined"}>
                    <p>{t("form.declined", { reason: store.offer()?.declineReason ?? "" })}</p>
                  </Match>
                </Switch>
                <Show when={["published", "chosen", "declined"].includes(store.offer()?.state ?? "")}>
                  <A class="button primary" href={`/offer/${params.offerId}/applicants`}>
                    {t("form.openApplicants")}
                  </A>
                </Show>
              </section>
            }
          >
            <form
              class="offer-form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void store.submit();
              }}
            >
              <OfferFormFields form={store.form} problems={store.problems()} edit={store.edit} />
              <p role="status" class="save-status">
                {statusText()}
              </p>
              <div class="actions">
                <button type="button" disabled={store.busy()} onClick={() => void store.saveDraft()}>
                  {t("form.saveDraft")}
                </button>
                <button type="submit" class="primary" disabled={store.busy()}>
                  {t("form.submit")}
                </button>
              </div>
            </form>
          </Show>
        </Match>
      </Switch>
    </>
  );
}
