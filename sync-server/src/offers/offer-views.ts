// What each reader is sent of an offer or an application. The public sees the project, never
// the tutor's e-mail; applicants are never sent each other's details.
import type { StoredApplication, StoredOffer } from "./offer-store";

export const publicOffer = (offer: StoredOffer, committeeName: string) => ({
  id: offer.id,
  committeeName,
  tutorName: offer.tutorName,
  form: offer.form,
});

export const applicationView = (application: StoredApplication, chosenId: string | null) => ({
  ...application,
  chosen: application.id === chosenId,
});

export const tutorOfferView = (offer: StoredOffer, committeeName: string) => ({
  id: offer.id,
  committeeName,
  tutorName: offer.tutorName,
  state: offer.state,
  form: offer.form,
  reviewComment: offer.reviewComment,
  declineReason: offer.declineReason,
  chosenApplicationId: offer.chosenApplicationId,
});
