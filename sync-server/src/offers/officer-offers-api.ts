// The officer's side of project offers: send a tutor a project-form link, list the committee's
// offers with their applicants, ask for changes, publish, record the exchange made from the
// tutor's choice, and enter an application received another way.
import { originOf, type ApiContext } from "../api/context";
import { HttpError, readJson, requireString, sendJson } from "../api/json";
import { createId, createToken, hashToken } from "../auth/tokens";
import { newOffer } from "./offer-store";
import { officerOffer } from "./offer-access";
import { applicationView } from "./offer-views";
import { bearerSession } from "../api/context";
import { forbidden } from "../api/json";
import { receiveApplication } from "./receive-application";

const offerLink = (origin: string, token: string) => `${origin}/offer-form#${token}`;

function officer(context: ApiContext) {
  const session = bearerSession(context);
  if (session.person.role !== "officer") throw forbidden();
  return session.person;
}

export async function createOffer(context: ApiContext): Promise<void> {
  const person = officer(context);
  const body = await readJson(context.request, context.limits.maxJsonBodyBytes);
  const tutorName = requireString(body, "tutorName", 200);
  const tutorEmail = requireString(body, "tutorEmail", 254);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(tutorEmail)) throw new HttpError(400, "bad-email", '"tutorEmail" is not an e-mail address.', { field: "tutorEmail" });
  const origin = originOf(context);
  const token = createToken();
  const offer = newOffer(createId(), person.committeeId, { name: tutorName, email: tutorEmail }, Date.now());
  await context.offers.createOffer(offer, hashToken(token));
  sendJson(context.response, 201, { offer, link: offerLink(origin, token) });
}

export async function listOffers(context: ApiContext): Promise<void> {
  const person = officer(context);
  const offers = await context.offers.offersOf(person.committeeId);
  const rows = await Promise.all(offers.map(async (offer) => ({ ...offer, applicants: (await context.offers.applicationsOf(offer.id)).length })));
  sendJson(context.response, 200, { offers: rows });
}

export async function readOffer(context: ApiContext): Promise<void> {
  const { offer } = await officerOffer(context, context.params[0]);
  const applications = await context.offers.applicationsOf(offer.id);
  sendJson(context.response, 200, { offer, applications: applications.map((a) => applicationView(a, offer.chosenApplicationId)) });
}

export async function reissueOfferLink(context: ApiContext): Promise<void> {
  const { offer } = await officerOffer(context, context.params[0]);
  const token = createToken();
  await context.offers.replaceLink(offer.id, hashToken(token));
  sendJson(context.response, 201, { link: offerLink(originOf(context), token) });
}

const wrongState = () => new HttpError(409, "offer-state", "The offer is not waiting for this step.");

export async function askForChanges(context: ApiContext): Promise<void> {
  const { offer } = await officerOffer(context, context.params[0]);
  const comment = requireString(await readJson(context.request, context.limits.maxJsonBodyBytes), "comment", 2000);
  if (offer.state !== "submitted" && offer.state !== "published") throw wrongState();
  await context.offers.updateOffer(offer.id, { state: "changes-requested", reviewComment: comment });
  sendJson(context.response, 200, { offer: await context.offers.offer(offer.id) });
}

export async function publishOffer(context: ApiContext): Promise<void> {
  const { offer } = await officerOffer(context, context.params[0]);
  if (offer.state !== "submitted") throw wrongState();
  await context.offers.updateOffer(offer.id, { state: "published", reviewComment: null });
  sendJson(context.response, 200, { offer: await context.offers.offer(offer.id) });
}

export async function recordExchange(context: ApiContext): Promise<void> {
  const { offer, committeeId } = await officerOffer(context, context.params[0]);
  const exchangeId = requireString(await readJson(context.request, context.limits.maxJsonBodyBytes), "exchangeId", 64);
  const exchange = context.registry.exchange(exchangeId);
  if (!exchange || exchange.committeeId !== committeeId) throw new HttpError(400, "unknown-exchange", "No such exchange in your committee.", { field: "exchangeId" });
  if (offer.state !== "chosen") throw wrongState();
  await context.offers.updateOffer(offer.id, { exchangeId });
  sendJson(context.response, 200, { offer: await context.offers.offer(offer.id) });
}

export async function enterApplication(context: ApiContext): Promise<void> {
  const { offer } = await officerOffer(context, context.params[0]);
  const received = await receiveApplication(context, offer, "officer");
  sendJson(context.response, 201, { application: received.application });
}
