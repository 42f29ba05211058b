import type { SessionRecord } from "../db/schema";

/** Where each role's home lives; one device can hold several roles (a tutor of two students). */
export function rolePath(session: Pick<SessionRecord, "role" | "personId">): string {
  return `/${session.role}/${session.personId}`;
}
