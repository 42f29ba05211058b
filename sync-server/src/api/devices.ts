// A person adds another device (a laptop next to the phone) from a device they already use:
// that device asks for a one-time link, valid for an hour, which the new device redeems as
// usual with its own key. No officer is involved and nobody shares a session token.
import { sendJson } from "./json";
import { bearerSession, inviteLink, originOf, type ApiContext } from "./context";

const deviceInviteTtlMs = 60 * 60 * 1000;

export function createDeviceInvite(context: ApiContext): void {
  const session = bearerSession(context);
  const { token, expiresAt } = context.registry.issueDeviceInvite(session.person.id, deviceInviteTtlMs);
  sendJson(context.response, 201, { invite: inviteLink(originOf(context), token), expiresAt });
}
