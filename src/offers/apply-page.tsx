// Applying to one published offer: who the student is, a motivation letter (typed or a PDF) and
// a CV as a PDF. After sending, the student gets their own link to follow the application.
import { createSignal, Show } from "solid-js";
import { A, useParams } from "@solidjs/router";
import { PageTitle } from "../ui/page-title";
import { usePublishedOffers, sendApplication } from "./public-offers-store";
import { ApplicationFormView, type SendApplication } from "./application-form-view";
import { useOffersMessages } from "./offers-messages";
import "./offers.css";

export default function ApplyPage() {
  const t = useOffersMessages();
  const params = useParams<{ committeeId: string; offerId: string }>();
  const offers = usePublishedOffers(() => params.committeeId);
  const offer = () => offers.list()?.offers.find((o) => o.id === params.offerId);
  const [link, setLink] = createSignal<string | null>(null);
  const send: SendApplication = async (fields, files) => void setLink((await sendApplication(params.offerId, fields, files)).link);
  return (
    <>
      <PageTitle>{t("apply.title", { title: offer()?.form.projectTitle ?? "" })}</PageTitle>
      <p>
        <A href={`/offers/${params.committeeId}`}>{t("apply.back")}</A>
      </p>
      <Show
        when={link()}
        fallback={<ApplicationFormView idPrefix="apply" submitLabel={t("apply.send")} onSend={send} />}
      >
        {(applicantLink) => (
          <section aria-labelledby="applied-heading" class="card">
            <h2 id="applied-heading">{t("apply.sent")}</h2>
            <p id="applied-hint">{t("apply.keepLink")}</p>
            <a href={applicantLink()}>{applicantLink()}</a>
          </section>
        )}
      </Show>
    </>
  );
}
