// Invite links. GET never redeems (mail scanners open links); the app shows who the invite is
// for through `preview`, and only the person pressing Join sends `redeem`, which works once.
import { documentsFor, type Person } from "../auth/roles";
import { isWellFormedToken } from "../auth/tokens";
import { HttpError, readJson, requireString, sendJson } from "./json";
import type { ApiContext } from "./context";
import { exchangeIdentityOf } from "./exchange-identity";
import { isUsableP256PublicKey } from "../auth/device-key";

const inviteProblems = {
  unknown: new HttpError(404, "invite-unknown", "This invite link is not valid. Ask your local officer for a new one."),
  used: new HttpError(410, "invite-used", "This invite link has already been used. Ask your local officer for a new one, or join from the device you used."),
  expired: new HttpError(410, "invite-expired", "This invite link has expired. Ask your local officer for a new one."),
  revoked: new HttpError(410, "invite-revoked", "This invite link was withdrawn. Ask your local officer for a new one."),
} as const;

function readToken(body: Record<string, unknown>): string {
  const token = body.token;
  if (token === undefined || token === "") throw new HttpError(400, "missing-field", '"token" is required.', { field: "token" });
  if (!isWellFormedToken(token)) throw inviteProblems.unknown;
  return token;
}

function describePerson(context: ApiContext, person: Person) {
  const exchange = person.exchangeId ? context.registry.exchange(person.exchangeId) : null;
  return {
    role: person.role,
    name: person.name,
    committeeName: context.registry.committeeName(person.committeeId),
    exchange: exchange ? exchangeIdentityOf(exchange) : null,
  };
}

export function describeSessionPerson(context: ApiContext, person: Person) {
  return {
    personId: person.id,
    committeeId: person.committeeId,
    ...describePerson(context, person),
    documents: documentsFor(
      person,
      (name) => context.registry.isSealed(name),
      person.exchangeId !== null && context.registry.isExchangeCancelled(person.exchangeId),
    ),
  };
}

export async function previewInvite(context: ApiContext): Promise<void> {
  const body = await readJson(context.request, context.limits.maxJsonBodyBytes);
  const found = context.registry.lookupInvite(readToken(body));
  if (found.status !== "ok") throw inviteProblems[found.status];
  if (found.kind === "setup") return sendJson(context.response, 200, { setup: true, role: "officer" });
  sendJson(context.response, 200, { setup: false, ...describePerson(context, found.person) });
}

async function readPublicKey(body: Record<string, unknown>): Promise<JsonWebKey> {
  const key = body.publicKey as Record<string, unknown> | undefined;
  const coordinate = (value: unknown) => typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
  const problem = () => new HttpError(400, "bad-public-key", '"publicKey" must be the public JWK of an ECDSA P-256 key.', { field: "publicKey" });
  if (!key || key.kty !== "EC" || key.crv !== "P-256" || !coordinate(key.x) || !coordinate(key.y) || "d" in key) throw problem();
  const publicKey = { kty: "EC", crv: "P-256", x: key.x as string, y: key.y as string };
  if (!(await isUsableP256PublicKey(publicKey))) throw problem();
  return publicKey;
}

export async function redeemInvite(context: ApiContext): Promise<void> {
  const body = await readJson(context.request, context.limits.maxJsonBodyBytes);
  const token = readToken(body);
  const publicKey = await readPublicKey(body);
  const deviceName = typeof body.deviceName === "string" ? body.deviceName.slice(0, 100) : "";
  const found = context.registry.lookupInvite(token);
  if (found.status !== "ok") throw inviteProblems[found.status];
  const setup = found.kind === "setup" ? { name: requireString(body, "name", 200), committeeName: requireString(body, "committeeName", 200) } : undefined;
  const result = context.registry.redeemInvite(token, { publicKey, deviceName, ...(setup ? { setup } : {}) });
  if (result.status !== "ok") throw inviteProblems[result.status];
  sendJson(context.response, 201, {
    sessionToken: result.token,
    sessionId: result.session.id,
    expiresAt: result.session.expiresAt,
    ...describeSessionPerson(context, result.session.person),
  });
}
