// Keeps what this device knows about its sessions current: the officer may change an
// exchange's dates, withdraw a session, or the server may open a new document to a person.
// Runs at start-up and whenever the server becomes reachable again.
import { createEffect, on } from "solid-js";
import { useServices } from "../app/services";
import type { LogbookDatabase, SessionRecord } from "../db/schema";
import type { JoinedSession } from "./invite-api";

type MeResponse = Omit<JoinedSession, "sessionToken">;

async function refreshOne(db: LogbookDatabase, session: SessionRecord): Promise<boolean> {
  let response: Response;
  try {
    response = await fetch("/api/me", { headers: { Authorization: `Bearer ${session.token}` }, cache: "no-store" });
  } catch {
    return false;
  }
  if (response.status === 401) {
    await db.sessions.update(session.personId, { accessLost: true });
    return false;
  }
  if (!response.ok) return false;
  const me = (await response.json()) as MeResponse;
  await db.transaction("rw", db.sessions, db.followed, async () => {
    await db.sessions.update(session.personId, { exchange: me.exchange ?? undefined, accessLost: false });
    for (const document of me.documents) {
      const existing = await db.followed.get(document.name);
      await db.followed.put({ ...existing, name: document.name, personId: session.personId, access: document.access });
    }
  });
  return true;
}

export function useSessionRefresh(): void {
  const services = useServices();
  const { db, connectivity } = services;
  const refreshAll = async () => {
    const sessions = await db.sessions.toArray();
    const results = await Promise.all(sessions.map((session) => refreshOne(db, session)));
    // Only a device that holds sessions gets here with something refreshed; it syncs anyway.
    if (results.some(Boolean)) await (await services.whenRuntime).sync.refresh();
  };
  createEffect(on(connectivity.online, (online) => online && void refreshAll().catch(() => {})));
}
