// A committee's local officers (LORE and LEO, and whoever takes over): any of them invites
// another, and sees and signs out the devices of all of them, so an officer who loses a laptop
// or leaves is signed out by a colleague (docs/decisions.md).
import { HttpError, readJson, requireString, sendJson } from "./json";
import { inviteLink, officerSession, originOf, type ApiContext } from "./context";
import { accessOf } from "./person-access";

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function listOfficers(context: ApiContext): Promise<void> {
  const officer = officerSession(context);
  const officers = context.registry.officerPeopleOf(officer.person.committeeId).map(async (person) => ({ id: person.id, name: person.name, email: person.email, ...(await accessOf(context, person)) }));
  sendJson(context.response, 200, { currentSessionId: officer.id, officers: await Promise.all(officers) });
}

export async function inviteOfficer(context: ApiContext): Promise<void> {
  const officer = officerSession(context);
  const body = await readJson(context.request, context.limits.maxJsonBodyBytes);
  const name = requireString(body, "name", 200);
  const email = requireString(body, "email", 320);
  if (!emailPattern.test(email)) throw new HttpError(400, "bad-email", "Enter an e-mail address like name@example.org.", { field: "email" });
  const added = context.registry.addOfficer(officer.person.committeeId, name, email);
  sendJson(context.response, 201, { officerId: added.person.id, invite: inviteLink(originOf(context), added.token) });
}
