// The seam between a tutor's choice and today's new-exchange form: the form prefilled from the
// offer (project, tutor, preparation papers, video call first) and the chosen application (the
// student), and, once the exchange exists, the offer told which exchange it became.
import { createResource, type Accessor } from "solid-js";
import type { ExchangeForm } from "../exchanges/exchange-form";
import { officerOffersApi, type ApplicationView, type OfficerOffer } from "./offers-api";

export function exchangeFormFromOffer(offer: OfficerOffer, chosen: ApplicationView | undefined, base: ExchangeForm): ExchangeForm {
  const form = offer.form;
  return {
    ...base,
    kind: form?.kind ?? base.kind,
    projectTitle: form?.projectTitle ?? "",
    department: form?.department ?? "",
    hostInstitution: form?.hostInstitution ?? "",
    tutor: { name: offer.tutorName, email: offer.tutorEmail },
    description: form?.description ?? "",
    requirements: form?.requirements ?? "",
    preparationPapers: (form?.preparationPapers ?? []).map((paper) => ({ ...paper })),
    videoCallFirst: form?.videoCallFirst ?? false,
    student: chosen
      ? {
          name: chosen.fields.name,
          email: chosen.fields.email,
          levelOfStudies: chosen.fields.levelOfStudies,
          university: chosen.fields.university,
          homeNmo: chosen.fields.homeNmo,
          homeCountry: chosen.fields.homeCountry,
        }
      : base.student,
  };
}

/** The prefilled form for `?offer=<id>` (undefined while loading, the empty form without an offer). */
export function useExchangeFromOffer(token: string, offerId: Accessor<string | undefined>, empty: () => ExchangeForm) {
  const [initial] = createResource(
    () => offerId() ?? "",
    async (id) => {
      if (!id) return empty();
      const { offer, applications } = await officerOffersApi(token).read(id);
      return exchangeFormFromOffer(offer, applications.find((application) => application.id === offer.chosenApplicationId), empty());
    },
  );
  return {
    initial: () => (initial.loading ? undefined : (initial() ?? empty())),
    async created(exchangeId: string) {
      const id = offerId();
      if (id) await officerOffersApi(token).recordExchange(id, exchangeId);
    },
  };
}
