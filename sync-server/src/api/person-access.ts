// How a person gets in, as officers see it: their devices, and the one invite link that works,
// named by a non-secret id so the officer's device shows a link it holds only if it is that one.
import type { Person } from "../auth/roles";
import type { ApiContext } from "./context";
import { inviteIdOfTokenHash } from "../../../src/exchanges/invite-fingerprint";

export async function accessOf(context: ApiContext, person: Person) {
  const invite = context.registry.officerMadeInvite(person.id);
  return {
    sessions: context.registry.sessionsOf(person.id),
    inviteExpiresAt: invite?.expiresAt ?? null,
    inviteId: invite ? await inviteIdOfTokenHash(invite.tokenHash) : null,
  };
}
