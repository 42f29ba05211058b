// A person adds another device (a laptop next to the phone) from a device they already use:
// that device asks for a one-time link, valid for an hour, which the new device redeems as
// usual with its own key. No officer is involved and nobody shares a session token.
import { sendJson } from "./json";
import { bearerSession, inviteLink, originOf, type ApiContext } from "./context";
import { requireBudget } from "./rate-limits";

const deviceInviteTtlMs = 60 * 60 * 1000;

export function createDeviceInvite(context: ApiContext): void {
  const session = bearerSession(context);
  requireBudget(context.rateLimits.deviceInvites.take(session.id), context.response, 60);
  const { token, expiresAt } = context.registry.issueDeviceInvite(session.person.id, session.id, deviceInviteTtlMs, context.limits.maxUnusedDeviceInvites);
  sendJson(context.response, 201, { invite: inviteLink(originOf(context), token), expiresAt });
}
