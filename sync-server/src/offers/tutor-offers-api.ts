// The tutor's side: the project-form link is redeemed once, by POST, into an access token the
// tutor's device keeps; with it the tutor saves drafts, sends the form for review, reads the
// applicants of their own project (and no other), asks one for a video call, and chooses.
import type { ApiContext } from "../api/context";
import { HttpError, readJson, requireString, sendJson } from "../api/json";
import { createToken, hashToken, isWellFormedToken } from "../auth/tokens";
import { requireBudget } from "../api/rate-limits";
import { validateOfferForm } from "../../../src/offers/offer-form";
import { validCallSlots } from "../../../src/offers/call-ics";
import { applicationOf, tutorOffer } from "./offer-access";
import { applicationView, tutorOfferView } from "./offer-views";
import type { StoredOffer } from "./offer-store";

const linkProblem = () => new HttpError(410, "offer-link-unusable", "This project-form link is not valid or was already used. Ask your local officer for a new one.");

export async function redeemOfferLink(context: ApiContext): Promise<void> {
  requireBudget(context.rateLimits.offerLinks.take(context.clientAddress), context.response, 60);
  const token = (await readJson(context.request, context.limits.maxJsonBodyBytes)).token;
  if (!isWellFormedToken(token)) throw linkProblem();
  const offer = await context.offers.offerByLink(hashToken(token));
  if (!offer) throw linkProblem();
  const access = createToken();
  if (!(await context.offers.redeemLink(hashToken(token), hashToken(access)))) throw linkProblem();
  sendJson(context.response, 201, { accessToken: access, offer: tutorOfferView(offer, context.registry.committeeName(offer.committeeId) ?? "") });
}

export async function readTutorOffer(context: ApiContext): Promise<void> {
  const offer = await tutorOffer(context);
  sendJson(context.response, 200, { offer: tutorOfferView(offer, context.registry.committeeName(offer.committeeId) ?? "") });
}

const editable = (offer: StoredOffer) => offer.state === "draft" || offer.state === "changes-requested";

async function readForm(context: ApiContext, complete: boolean) {
  const checked = validateOfferForm((await readJson(context.request, context.limits.maxJsonBodyBytes)).form, complete);
  if (!checked.ok) throw new HttpError(400, "invalid-offer", "Some fields need attention.", { fields: checked.problems });
  return checked.form;
}

export async function saveOfferDraft(context: ApiContext): Promise<void> {
  const offer = await tutorOffer(context);
  const form = await readForm(context, false);
  if (!editable(offer)) throw new HttpError(409, "offer-state", "This project form was already sent to your local officer.");
  await context.offers.updateOffer(offer.id, { form, answeredAt: offer.answeredAt ?? Date.now() });
  await readTutorOfferAgain(context, offer.id);
}

export async function submitOffer(context: ApiContext): Promise<void> {
  const offer = await tutorOffer(context);
  const form = await readForm(context, true);
  if (!editable(offer)) throw new HttpError(409, "offer-state", "This project form was already sent to your local officer.");
  await context.offers.updateOffer(offer.id, { form, state: "submitted", answeredAt: offer.answeredAt ?? Date.now() });
  await readTutorOfferAgain(context, offer.id);
}

async function readTutorOfferAgain(context: ApiContext, id: string) {
  const offer = (await context.offers.offer(id)) as StoredOffer;
  sendJson(context.response, 200, { offer: tutorOfferView(offer, context.registry.committeeName(offer.committeeId) ?? "") });
}

export async function listApplicants(context: ApiContext): Promise<void> {
  const offer = await tutorOffer(context);
  const applications = await context.offers.applicationsOf(offer.id);
  sendJson(context.response, 200, { applications: applications.map((a) => applicationView(a, offer.chosenApplicationId)) });
}

export async function requestCall(context: ApiContext): Promise<void> {
  const offer = await tutorOffer(context);
  const application = await applicationOf(context, offer, context.params[0]);
  const slots = validCallSlots((await readJson(context.request, context.limits.maxJsonBodyBytes)).slots, Date.now());
  if (!slots) throw new HttpError(400, "bad-slots", "Propose one to three different times, all still to come.", { field: "slots" });
  await context.offers.setCall(application.id, { slots, picked: null });
  sendJson(context.response, 200, { application: applicationView((await context.offers.application(application.id))!, offer.chosenApplicationId) });
}

export async function chooseApplicant(context: ApiContext): Promise<void> {
  const offer = await tutorOffer(context);
  const body = await readJson(context.request, context.limits.maxJsonBodyBytes);
  if (offer.state !== "published") throw new HttpError(409, "offer-state", "A student can be chosen only while the project is published.");
  if (typeof body.declineReason === "string") {
    const reason = requireString(body, "declineReason", 2000);
    await context.offers.updateOffer(offer.id, { state: "declined", declineReason: reason, decidedAt: Date.now() });
  } else {
    const application = await applicationOf(context, offer, typeof body.applicationId === "string" ? body.applicationId : undefined);
    await context.offers.updateOffer(offer.id, { state: "chosen", chosenApplicationId: application.id, decidedAt: Date.now() });
  }
  await readTutorOfferAgain(context, offer.id);
}
