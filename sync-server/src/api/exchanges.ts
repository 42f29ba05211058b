// The officer's exchanges: create one from the project form (which makes its student, tutor and
// contact person and their invite links), list, read, edit and cancel them, re-issue invites,
// revoke sessions.
import { validateExchangeForm, type ExchangeForm } from "../../../src/exchanges/exchange-form";
import { HttpError, notFound, readJson, requireString, sendJson } from "./json";
import { inviteLink, officerSession, originOf, type ApiContext } from "./context";
import type { StoredExchange } from "../auth/registry";
import { accessOf } from "./person-access";

function ownExchange(context: ApiContext, committeeId: string, id: string | undefined): StoredExchange {
  const exchange = id ? context.registry.exchange(id) : null;
  // Another committee's exchange is reported as missing, so ids reveal nothing.
  if (!exchange || exchange.committeeId !== committeeId) throw notFound();
  return exchange;
}

/** The exchange with its people, their devices and working invites. */
async function exchangeDetail(context: ApiContext, exchange: StoredExchange) {
  const people = context.registry.peopleOf(exchange.id).map(async (person) => ({ id: person.id, role: person.role, name: person.name, ...(await accessOf(context, person)) }));
  return { ...exchange, people: await Promise.all(people) };
}

async function readForm(context: ApiContext): Promise<ExchangeForm> {
  const body = await readJson(context.request, context.limits.maxJsonBodyBytes);
  const checked = validateExchangeForm(body);
  if (!checked.ok) throw new HttpError(400, "invalid-exchange", "Some fields need attention.", { fields: checked.problems });
  return checked.form;
}

const cancelledProblem = () => new HttpError(409, "exchange-cancelled", "This exchange was cancelled and can no longer change.");

export async function createExchange(context: ApiContext): Promise<void> {
  const officer = officerSession(context);
  const form = await readForm(context);
  const origin = originOf(context);
  const created = context.registry.createExchange(officer.person.committeeId, form);
  const exchange = ownExchange(context, officer.person.committeeId, created.id);
  sendJson(context.response, 201, {
    exchange: await exchangeDetail(context, exchange),
    invites: {
      student: inviteLink(origin, created.invites.student),
      tutor: inviteLink(origin, created.invites.tutor),
      contact: inviteLink(origin, created.invites.contact),
    },
  });
}

export function listExchanges(context: ApiContext): void {
  const officer = officerSession(context);
  sendJson(context.response, 200, { exchanges: context.registry.exchangesOf(officer.person.committeeId) });
}

export async function readExchange(context: ApiContext): Promise<void> {
  const officer = officerSession(context);
  sendJson(context.response, 200, await exchangeDetail(context, ownExchange(context, officer.person.committeeId, context.params[0])));
}

export async function updateExchange(context: ApiContext): Promise<void> {
  const officer = officerSession(context);
  const exchange = ownExchange(context, officer.person.committeeId, context.params[0]);
  const form = await readForm(context);
  if (exchange.cancelledReason !== null) throw cancelledProblem();
  context.registry.updateExchange(exchange.id, form);
  sendJson(context.response, 200, await exchangeDetail(context, ownExchange(context, officer.person.committeeId, exchange.id)));
}

/** People keep reading what was written; nobody joins or writes any more. */
export async function cancelExchange(context: ApiContext): Promise<void> {
  const officer = officerSession(context);
  const exchange = ownExchange(context, officer.person.committeeId, context.params[0]);
  const reason = requireString(await readJson(context.request, context.limits.maxJsonBodyBytes), "reason", 1000);
  if (!context.registry.cancelExchange(exchange.id, reason)) throw cancelledProblem();
  sendJson(context.response, 200, await exchangeDetail(context, ownExchange(context, officer.person.committeeId, exchange.id)));
}

export function reissueInvite(context: ApiContext): void {
  const officer = officerSession(context);
  const exchange = ownExchange(context, officer.person.committeeId, context.params[0]);
  if (exchange.cancelledReason !== null) throw cancelledProblem();
  const person = context.registry.peopleOf(exchange.id).find((p) => p.role === context.params[1]);
  if (!person) throw notFound();
  sendJson(context.response, 201, { role: person.role, invite: inviteLink(originOf(context), context.registry.reissueInvite(person.id)) });
}

export function revokeInvite(context: ApiContext): void {
  const officer = officerSession(context);
  const exchange = ownExchange(context, officer.person.committeeId, context.params[0]);
  const person = context.registry.peopleOf(exchange.id).find((p) => p.role === context.params[1]);
  if (!person) throw notFound();
  sendJson(context.response, 200, { revoked: context.registry.revokeInvitesOf(person.id) });
}

export function revokeSession(context: ApiContext): void {
  const officer = officerSession(context);
  const sessionId = context.params[0] ?? "";
  const owner = context.registry.sessionOwner(sessionId);
  // Any officer of the committee signs out any of its devices, other officers' included.
  if (!owner || owner.committeeId !== officer.person.committeeId) throw notFound();
  const revoked = context.registry.revokeSession(sessionId);
  context.revokeSessionSockets(sessionId);
  sendJson(context.response, 200, { revoked });
}
