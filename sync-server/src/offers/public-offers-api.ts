// What anyone may do without an account: read a committee's published offers (a page and a
// CSV), apply to one, and, with the link an application returns, read it back and pick a
// video-call slot. Budgets per client address (the trusted-proxy address) keep a script from
// filling the database.
import type { ApiContext } from "../api/context";
import { HttpError, notFound, readJson, sendJson } from "../api/json";
import { requireBudget } from "../api/rate-limits";
import { toCsv, utf8Bom } from "../../../src/exchanges/csv";
import { publicOffer } from "./offer-views";
import { ownApplication } from "./offer-access";
import { receiveApplication } from "./receive-application";
import type { StoredApplication } from "./offer-store";

async function publishedOffers(context: ApiContext) {
  requireBudget(context.rateLimits.publicReads.take(context.clientAddress), context.response, 60);
  const committeeId = context.params[0] ?? "";
  const committeeName = context.registry.committeeName(committeeId);
  if (!committeeName) throw notFound();
  const offers = (await context.offers.offersOf(committeeId)).filter((offer) => offer.state === "published");
  return { committeeName, offers: offers.map((offer) => publicOffer(offer, committeeName)) };
}

export async function listPublishedOffers(context: ApiContext): Promise<void> {
  sendJson(context.response, 200, await publishedOffers(context));
}

export async function publishedOffersCsv(context: ApiContext): Promise<void> {
  const { offers } = await publishedOffers(context);
  const header = ["Project", "Kind", "Department", "Host institution", "Tutor", "Periods", "Weeks", "Places", "Skills", "Video call first", "Description", "Requirements"];
  const rows = offers.map(({ form, tutorName }) =>
    form
      ? [form.projectTitle, form.kind, form.department, form.hostInstitution, tutorName, form.periods, form.durationWeeks, form.places, form.skills.join("; "), form.videoCallFirst ? "yes" : "no", form.description, form.requirements]
      : [],
  );
  const body = utf8Bom + toCsv([header, ...rows]);
  context.response.statusCode = 200;
  context.response.setHeader("Content-Type", "text/csv; charset=utf-8");
  context.response.setHeader("Content-Disposition", 'attachment; filename="offers.csv"');
  context.response.setHeader("Cache-Control", "no-store");
  context.response.end(body);
}

export async function apply(context: ApiContext): Promise<void> {
  requireBudget(context.rateLimits.applications.take(context.clientAddress), context.response, 600);
  const offer = await context.offers.offer(context.params[0] ?? "");
  if (!offer || offer.state !== "published") throw new HttpError(404, "offer-closed", "This project is not open for applications.");
  const { application, token } = await receiveApplication(context, offer, "applicant");
  sendJson(context.response, 201, { applicationId: application.id, applicantToken: token });
}

const applicantView = async (context: ApiContext, application: StoredApplication) => {
  const offer = await context.offers.offer(application.offerId);
  return {
    application,
    offer: offer ? { id: offer.id, projectTitle: offer.form?.projectTitle ?? "", tutorName: offer.tutorName, state: offer.state, chosen: offer.chosenApplicationId === application.id } : null,
  };
};

export async function readOwnApplication(context: ApiContext): Promise<void> {
  requireBudget(context.rateLimits.publicReads.take(context.clientAddress), context.response, 60);
  sendJson(context.response, 200, await applicantView(context, await ownApplication(context)));
}

export async function pickCallSlot(context: ApiContext): Promise<void> {
  const application = await ownApplication(context);
  const slot = (await readJson(context.request, context.limits.maxJsonBodyBytes)).slot;
  if (!application.call || typeof slot !== "string" || !application.call.slots.includes(slot)) throw new HttpError(400, "bad-slot", "Pick one of the times the tutor proposed.", { field: "slot" });
  await context.offers.setCall(application.id, { ...application.call, picked: slot });
  sendJson(context.response, 200, await applicantView(context, (await context.offers.application(application.id))!));
}
