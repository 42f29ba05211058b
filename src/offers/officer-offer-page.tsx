// One project offer for the officer: the tutor's form as sent, asking for changes with a comment
// or publishing it, the applicants, and once the tutor has chosen, the way to the new-exchange
// form prefilled from the offer and the chosen application.
import { createResource, createSignal, For, Show } from "solid-js";
import { A, useParams } from "@solidjs/router";
import { PageTitle } from "../ui/page-title";
import { TextField } from "../ui/text-field";
import { RolePage } from "../session/role-page";
import type { SessionRecord } from "../db/schema";
import { officerOffersApi } from "./offers-api";
import { useOffersMessages } from "./offers-messages";
import { offerTitle } from "./officer-offers-page";
import { ApplicationFormView, type SendApplication } from "./application-form-view";
import "../ui/forms.css";
import "./offers.css";

function OfficerOffer(props: { session: SessionRecord; offerId: string }) {
  const t = useOffersMessages();
  // The session and route of a role page never change while it is shown.
  // eslint-disable-next-line solid/reactivity
  const api = officerOffersApi(props.session.token);
  // eslint-disable-next-line solid/reactivity
  const offerId = props.offerId;
   
  const [detail, { refetch }] = createResource(() => api.read(offerId));
  const [comment, setComment] = createSignal("");
  const [problem, setProblem] = createSignal<string | null>(null);
  const [link, setLink] = createSignal<string | null>(null);
  const publish = () => api.publish(offerId);
  const askForChanges = (text: string) => () => api.askForChanges(offerId, text);
  const [entering, setEntering] = createSignal(false);
  const enter: SendApplication = async (fields, files) => {
    await api.enterApplication(offerId, { ...fields, ...(files.letter ? { letterPdf: files.letter } : {}), ...(files.cv ? { cvPdf: files.cv } : {}) });
    setEntering(false);
    await refetch();
  };
  const base = () => `/officer/${props.session.personId}`;
  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setProblem(null);
      await refetch();
    } catch (error) {
      setProblem((error as Error).message || t("applicants.offlineAction"));
    }
  };
  return (
    <Show when={detail()} fallback={<p role="status">{t("arrival.opening")}</p>}>
      {(found) => (
        <>
          <PageTitle>{offerTitle(found().offer, t)}</PageTitle>
          <p>
            <A href={`${base()}/offers`}>{t("officer.offer.back")}</A>
          </p>
          <p>
            {t(`officer.offers.state.${found().offer.state}`)} · {found().offer.tutorName} ({found().offer.tutorEmail})
          </p>
          <Show when={found().offer.form} fallback={<p>{t("officer.offer.noForm")}</p>}>
            {(form) => (
              <section aria-labelledby="offer-form-heading" class="card">
                <h2 id="offer-form-heading">{t("link.title")}</h2>
                <dl class="facts">
                  <dt>{t("review.host")}</dt>
                  <dd>{[form().department, form().hostInstitution].filter(Boolean).join(", ")}</dd>
                  <dt>{t("review.description")}</dt>
                  <dd class="prewrap">{form().description}</dd>
                  <dt>{t("review.requirements")}</dt>
                  <dd class="prewrap">{form().requirements || "—"}</dd>
                  <dt>{t("form.skills")}</dt>
                  <dd>{form().skills.map((skill) => t(`skill.${skill}` as "skill.ethics")).join(", ") || "—"}</dd>
                  <dt>{t("review.periods")}</dt>
                  <dd>
                    {form().periods} · {t("public.duration", { count: form().durationWeeks })} · {t("public.places", { count: form().places })}
                  </dd>
                  <dt>{t("form.papers")}</dt>
                  <dd>{form().preparationPapers.map((paper) => paper.title).join("; ") || "—"}</dd>
                  <dt>{t("review.videoCall")}</dt>
                  <dd>{form().videoCallFirst ? t("review.yes") : t("review.no")}</dd>
                </dl>
              </section>
            )}
          </Show>
          <Show when={found().offer.state === "submitted" || found().offer.state === "published"}>
            <section aria-labelledby="review-heading" class="card">
              <h2 id="review-heading">{t("review.title")}</h2>
              <TextField id="review-comment" label={t("officer.offer.comment")} multiline value={comment()} error={problem()} onInput={setComment} />
              <div class="actions">
                <button type="button" onClick={() => void (comment().trim() ? act(askForChanges(comment().trim())) : setProblem(t("problem.required")))}>
                  {t("officer.offer.askChanges")}
                </button>
                <Show when={found().offer.state === "submitted"}>
                  <button type="button" class="primary" onClick={() => void act(publish)}>
                    {t("officer.offer.publish")}
                  </button>
                </Show>
              </div>
            </section>
          </Show>
          <Show when={found().offer.state === "chosen"}>
            <Show when={found().offer.exchangeId} fallback={
              <A class="button primary" href={`${base()}/exchanges/new?offer=${encodeURIComponent(offerId)}`}>
                {t("officer.offer.createExchange")}
              </A>
            }>
              {(exchangeId) => <A href={`${base()}/exchanges/${exchangeId()}`}>{t("officer.offer.exchangeCreated")}</A>}
            </Show>
          </Show>
          <Show when={found().offer.state === "declined"}>
            <p>{t("officer.offer.declined", { reason: found().offer.declineReason ?? "" })}</p>
          </Show>
          <div class="actions">
            <button type="button" onClick={() => void api.reissueLink(offerId).then((made) => setLink(made.link))}>
              {t("officer.offer.newLink")}
            </button>
          </div>
          <Show when={link()}>
            {(made) => (
              <>
                <label for="offer-new-link" class="hint">
                  {t("officer.offers.linkHint")}
                </label>
                <input id="offer-new-link" class="link-box" readOnly value={made()} />
              </>
            )}
          </Show>
          <section aria-labelledby="offer-applicants-heading">
            <h2 id="offer-applicants-heading">{t("applicants.count", { count: found().applications.length })}</h2>
            <ul class="applicant-list">
              <For each={found().applications}>
                {(application) => (
                  <li>
                    <p>
                      <strong>{application.fields.name}</strong> · {application.fields.email} · {application.fields.university}
                      <Show when={application.chosen}> · {t("applicants.chosen")}</Show>
                    </p>
                  </li>
                )}
              </For>
            </ul>
            <Show when={found().offer.state === "published"}>
              <Show
                when={entering()}
                fallback={
                  <button type="button" onClick={() => setEntering(true)}>
                    {t("officer.offer.enterApplication")}
                  </button>
                }
              >
                <section aria-labelledby="enter-application-heading" class="card">
                  <h3 id="enter-application-heading">{t("officer.offer.enterApplication")}</h3>
                  <ApplicationFormView idPrefix="officer-application" submitLabel={t("officer.offer.saveApplication")} onSend={enter} />
                </section>
              </Show>
            </Show>
          </section>
        </>
      )}
    </Show>
  );
}

export default function OfficerOfferPage() {
  const params = useParams<{ offerId: string }>();
  return <RolePage role="officer" documents={false}>{(session) => <OfficerOffer session={session} offerId={params.offerId} />}</RolePage>;
}
