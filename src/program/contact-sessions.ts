// The students this device looks after: one contact-person session per exchange (a contact
// person of three students joined through three invites).
import { from, type Accessor } from "solid-js";
import { liveQuery } from "dexie";
import { useServices } from "../app/services";
import type { SessionRecord } from "../db/schema";

export function useContactSessions(): Accessor<SessionRecord[] | undefined> {
  const { db } = useServices();
  return from(liveQuery(() => db.sessions.where("role").equals("contact").toArray()));
}

/** The student's name as this device knows it: from the exchange, else the session's title. */
export const studentNameOf = (session: SessionRecord) => session.exchange?.studentName ?? session.title;
