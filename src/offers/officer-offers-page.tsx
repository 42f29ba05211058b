// The officer's project offers: send a tutor a project-form link, see the committee's offers by
// state with their applicants, and which tutors have not answered yet.
import { createResource, createSignal, For, Show } from "solid-js";
import { A } from "@solidjs/router";
import { PageTitle } from "../ui/page-title";
import { TextField } from "../ui/text-field";
import { RolePage } from "../session/role-page";
import type { SessionRecord } from "../db/schema";
import { officerOffersApi, OffersApiError, type OfficerOffer } from "./offers-api";
import { offerStates } from "./offer-form";
import { useOffersMessages } from "./offers-messages";
import "../ui/forms.css";
import "./offers.css";

function offerTitle(offer: OfficerOffer, t: ReturnType<typeof useOffersMessages>) {
  return offer.form?.projectTitle || t("officer.offers.untitled", { tutor: offer.tutorName });
}

function OfficerOffers(props: { session: SessionRecord }) {
  const t = useOffersMessages();
  // The session of a role page never changes while it is shown.
  // eslint-disable-next-line solid/reactivity
  const api = officerOffersApi(props.session.token);
  const [offers, { refetch }] = createResource(async () => (await api.list()).offers);
  const [tutorName, setTutorName] = createSignal("");
  const [tutorEmail, setTutorEmail] = createSignal("");
  const [problems, setProblems] = createSignal<Record<string, string>>({});
  const [created, setCreated] = createSignal<{ name: string; link: string } | null>(null);
  const base = () => `/officer/${props.session.personId}/offers`;
  const invite = async () => {
    const missing: Record<string, string> = {};
    if (!tutorName().trim()) missing.tutorName = t("problem.required");
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(tutorEmail().trim())) missing.tutorEmail = t("problem.email");
    setProblems(missing);
    if (Object.keys(missing).length > 0) return;
    try {
      const { link } = await api.invite(tutorName().trim(), tutorEmail().trim());
      setCreated({ name: tutorName().trim(), link });
      setTutorName("");
      setTutorEmail("");
      await refetch();
    } catch (error) {
      setProblems({ tutorEmail: error instanceof OffersApiError && error.status === 0 ? t("applicants.offlineAction") : (error as Error).message });
    }
  };
  return (
    <>
      <PageTitle>{t("officer.offers.title")}</PageTitle>
      <p class="hint">{t("officer.offers.lead")}</p>
      <Show when={props.session.localCommitteeId}>
        {(committee) => (
          <p>
            <A href={`/offers/${committee()}`}>{t("officer.offers.publicPage")}</A>
          </p>
        )}
      </Show>
      <form
        class="card"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void invite();
        }}
      >
        <TextField id="offer-tutor-name" label={t("officer.offers.tutorName")} value={tutorName()} error={problems().tutorName} onInput={setTutorName} autocomplete="off" />
        <TextField id="offer-tutor-email" label={t("officer.offers.tutorEmail")} type="email" value={tutorEmail()} error={problems().tutorEmail} onInput={setTutorEmail} autocomplete="off" />
        <button type="submit" class="primary">
          {t("officer.offers.invite")}
        </button>
      </form>
      <Show when={created()}>
        {(made) => (
          <section aria-labelledby="offer-link-heading" class="card">
            <h2 id="offer-link-heading">{t("officer.offers.link", { name: made().name })}</h2>
            <label for="offer-link" class="hint">
              {t("officer.offers.linkHint")}
            </label>
            <input id="offer-link" class="link-box" readOnly value={made().link} />
          </section>
        )}
      </Show>
      <Show when={offers()}>
        {(list) => (
          <>
            <section aria-labelledby="not-answered-heading">
              <h2 id="not-answered-heading">{t("officer.offers.notAnswered")}</h2>
              <Show when={list().filter((offer) => offer.answeredAt === null).length > 0} fallback={<p>{t("officer.offers.allAnswered")}</p>}>
                <ul>
                  <For each={list().filter((offer) => offer.answeredAt === null)}>
                    {(offer) => (
                      <li>
                        {offer.tutorName} ({offer.tutorEmail})
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </section>
            <For each={offerStates}>
              {(state) => (
                <section aria-labelledby={`state-${state}`}>
                  <h2 id={`state-${state}`}>{t(`officer.offers.state.${state}`)}</h2>
                  <Show when={list().filter((offer) => offer.state === state).length > 0} fallback={<p>{t("officer.offers.empty")}</p>}>
                    <ul class="offer-list">
                      <For each={list().filter((offer) => offer.state === state)}>
                        {(offer) => (
                          <li>
                            <A href={`${base()}/${offer.id}`}>{offerTitle(offer, t)}</A>
                            <p>
                              {offer.tutorName} · {t("applicants.count", { count: offer.applicants ?? 0 })}
                            </p>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </section>
              )}
            </For>
          </>
        )}
      </Show>
    </>
  );
}

export default function OfficerOffersPage() {
  return <RolePage role="officer" documents={false}>{(session) => <OfficerOffers session={session} />}</RolePage>;
}

export { offerTitle };
