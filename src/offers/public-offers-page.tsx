// A committee's published project offers at a stable address (`/offers/<committee id>`), to
// share with students: what each project is, and a way to apply. Everything shown is text.
import { For, Show } from "solid-js";
import { A, useParams } from "@solidjs/router";
import { PageTitle } from "../ui/page-title";
import { usePublishedOffers } from "./public-offers-store";
import { useOffersMessages } from "./offers-messages";
import "./offers.css";

export default function PublicOffersPage() {
  const t = useOffersMessages();
  const params = useParams<{ committeeId: string }>();
  const offers = usePublishedOffers(() => params.committeeId);
  return (
    <Show when={!offers.list.loading} fallback={<p role="status">{t("arrival.opening")}</p>}>
      {(_) => (
        <>
          <PageTitle>{offers.list() ? t("public.title", { committee: offers.list()?.committeeName ?? "" }) : t("public.notFound")}</PageTitle>
          <Show when={offers.list()}>
            {(found) => (
              <>
                <p class="hint">{t("public.lead")}</p>
                <p>
                  <a href={offers.csvUrl()} download="offers.csv">
                    {t("public.csv")}
                  </a>
                </p>
                <Show when={found().offers.length > 0} fallback={<p>{t("public.none")}</p>}>
                  <ul class="offer-list">
                    <For each={found().offers}>
                      {(offer) => (
                        <li aria-labelledby={`offer-${offer.id}`}>
                          <h2 id={`offer-${offer.id}`}>{offer.form.projectTitle}</h2>
                          <p>{[offer.form.department, offer.form.hostInstitution].filter(Boolean).join(", ")}</p>
                          <p>{t("public.tutor", { name: offer.tutorName })}</p>
                          <p class="prewrap">{offer.form.description}</p>
                          <Show when={offer.form.requirements}>
                            <p class="prewrap">{offer.form.requirements}</p>
                          </Show>
                          <p>
                            {t("public.periods", { periods: offer.form.periods })} · {t("public.duration", { count: offer.form.durationWeeks })} · {t("public.places", { count: offer.form.places })}
                          </p>
                          <Show when={offer.form.skills.length > 0}>
                            <p>
                              {t("form.skills")}: {offer.form.skills.map((skill) => t(`skill.${skill}` as "skill.ethics")).join(", ")}
                            </p>
                          </Show>
                          <Show when={offer.form.videoCallFirst}>
                            <p>{t("public.videoCall")}</p>
                          </Show>
                          <A class="button primary" href={`/offers/${params.committeeId}/apply/${offer.id}`}>
                            {t("public.apply", { title: offer.form.projectTitle })}
                          </A>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </>
            )}
          </Show>
        </>
      )}
    </Show>
  );
}
