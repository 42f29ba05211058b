// The people this device acts as. Joining redeems an invite with this device's public key and
// remembers the session and the documents it may open; the sync manager then connects them.
import { createEffect, createSignal, from, onCleanup, type Accessor } from "solid-js";
import { liveQuery } from "dexie";
import { useServices } from "../app/services";
import { ensureDeviceIdentity } from "../db/device-identity";
import type { SessionRecord } from "../db/schema";
import { requestPersistenceOnce } from "../settings/storage-persistence";
import { describeDevice } from "./device-name";
import { createDeviceInvite, previewInvite, redeemInvite, type InvitePreview, type JoinedSession } from "./invite-api";

export interface SessionStore {
  sessions: Accessor<SessionRecord[] | undefined>;
  preview(token: string): Promise<InvitePreview>;
  join(token: string, setup?: { name: string; committeeName: string }): Promise<SessionRecord>;
  /** A one-time link, valid for an hour, for this person's next device. */
  createDeviceLink(personId: string): Promise<{ invite: string; expiresAt: number }>;
}

function titleOf(joined: JoinedSession): string {
  if (joined.exchange) return joined.role === "student" ? joined.exchange.projectTitle : joined.exchange.studentName;
  return joined.committeeName ?? "";
}


export function useSessions(): SessionStore {
  const services = useServices();
  const { db } = services;
  const sessions = from(liveQuery(() => db.sessions.orderBy("role").toArray()));
  return {
    sessions,
    preview: previewInvite,
    async join(token, setup) {
      const identity = await ensureDeviceIdentity(db);
      const joined = await redeemInvite({ token, publicKey: identity.publicKeyJwk, deviceName: describeDevice(), ...setup });
      const record: SessionRecord = {
        personId: joined.personId,
        role: joined.role,
        name: joined.name,
        token: joined.sessionToken,
        exchangeId: joined.exchange?.id,
        localCommitteeId: joined.committeeId,
        title: titleOf(joined),
        exchange: joined.exchange ?? undefined,
        createdAt: Date.now(),
      };
      await db.transaction("rw", db.sessions, db.followed, async () => {
        await db.sessions.put(record);
        for (const document of joined.documents) {
          const existing = await db.followed.get(document.name);
          await db.followed.put({ ...existing, name: document.name, personId: joined.personId, access: document.access });
        }
      });
      await (await services.whenRuntime).sync.refresh();
      void requestPersistenceOnce(db);
      return record;
    },
    async createDeviceLink(personId) {
      const session = await db.sessions.get(personId);
      if (!session) throw new Error("unknown session");
      return createDeviceInvite(session.token);
    },
  };
}

/** One session by person id: undefined while loading, null if this device does not hold it. */
export function useSession(personId: () => string): Accessor<SessionRecord | null | undefined> {
  const { db } = useServices();
  const [session, setSession] = createSignal<SessionRecord | null | undefined>(undefined);
  createEffect(() => {
    const id = personId();
    const subscription = liveQuery(() => db.sessions.get(id)).subscribe({
      next: (found) => setSession(found ?? null),
      error: () => setSession(null),
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return session;
}
