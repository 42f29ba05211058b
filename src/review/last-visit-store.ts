// When the tutor last looked at a student's logbook, kept on this device (Dexie settings) so the
// home can say what is new. A visit ends after half an hour without opening the logbook: a reload
// or a trip to the appraisals and back stays the same visit and keeps its marks.
import { createResource, type Resource } from "solid-js";
import { useServices } from "../app/services";
import type { LogbookDatabase } from "../db/schema";

export const visitGapMs = 30 * 60_000;

interface VisitRecord {
  /** The end of the previous visit; null before the second visit. */
  since: number | null;
  /** The last time the logbook was opened. */
  lastSeenAt: number;
}

const visitKey = (personId: string) => `tutor-last-visit:${personId}`;

/** Records this opening; returns the end of the previous visit (null on a first visit). */
export async function recordVisit(db: LogbookDatabase, personId: string, now: number): Promise<number | null> {
  const stored = (await db.settings.get(visitKey(personId)))?.value as VisitRecord | undefined;
  const since = !stored ? null : now - stored.lastSeenAt > visitGapMs ? stored.lastSeenAt : stored.since;
  await db.settings.put({ key: visitKey(personId), value: { since, lastSeenAt: now } satisfies VisitRecord });
  return since;
}

/** The end of the tutor's previous visit, read once per screen: what the marks of "new" compare with. */
export function useLastVisit(personId: string): Resource<number | null> {
  const { db } = useServices();
  const [since] = createResource(() => recordVisit(db, personId, Date.now()));
  return since;
}
