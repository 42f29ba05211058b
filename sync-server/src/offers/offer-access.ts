// Who is asking about an offer: the officer (a session of the offer's committee), the tutor
// (the access token their project-form link became) or an applicant (their own link's token).
// Anything else about another committee, offer or application is reported as missing, so ids
// reveal nothing.
import { bearerSession, type ApiContext } from "../api/context";
import { HttpError, notFound, unauthorized } from "../api/json";
import { hashToken, isWellFormedToken } from "../auth/tokens";
import type { StoredApplication, StoredOffer } from "./offer-store";

export function bearerToken(context: ApiContext): string {
  const header = context.request.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7).trim() : "";
  if (!isWellFormedToken(token)) throw unauthorized();
  return token;
}

export async function tutorOffer(context: ApiContext): Promise<StoredOffer> {
  const offer = await context.offers.offerByAccess(hashToken(bearerToken(context)));
  if (!offer) throw unauthorized();
  return offer;
}

export async function officerOffer(context: ApiContext, offerId: string | undefined): Promise<{ offer: StoredOffer; committeeId: string }> {
  const session = bearerSession(context);
  if (session.person.role !== "officer") throw new HttpError(403, "forbidden", "Forbidden.");
  const offer = offerId ? await context.offers.offer(offerId) : null;
  if (!offer || offer.committeeId !== session.person.committeeId) throw notFound();
  return { offer, committeeId: session.person.committeeId };
}

export async function ownApplication(context: ApiContext): Promise<StoredApplication> {
  const application = await context.offers.applicationByToken(hashToken(bearerToken(context)));
  if (!application) throw unauthorized();
  return application;
}

/** An application of this offer, or 404: a tutor never reaches another project's applicants. */
export async function applicationOf(context: ApiContext, offer: StoredOffer, applicationId: string | undefined): Promise<StoredApplication> {
  const application = applicationId ? await context.offers.application(applicationId) : null;
  if (!application || application.offerId !== offer.id) throw notFound();
  return application;
}

/**
 * Whoever may read an application's files: its offer's tutor, the committee's officers, the
 * applicant themself. The same bearer token is tried as each, in that order.
 */
export async function readerOfApplication(context: ApiContext, applicationId: string | undefined): Promise<StoredApplication> {
  const token = bearerToken(context);
  const hash = hashToken(token);
  const application = applicationId ? await context.offers.application(applicationId) : null;
  const allowed = async (): Promise<boolean> => {
    if (!application) return false;
    const asTutor = await context.offers.offerByAccess(hash);
    if (asTutor) return asTutor.id === application.offerId;
    const asApplicant = await context.offers.applicationByToken(hash);
    if (asApplicant) return asApplicant.id === application.id;
    const session = context.registry.authenticate(token);
    if (session.status !== "ok" || session.session.person.role !== "officer") return false;
    const offer = await context.offers.offer(application.offerId);
    return offer?.committeeId === session.session.person.committeeId;
  };
  if (!application || !(await allowed())) throw notFound();
  return application;
}
