// The exchange's details for the student's and tutor's screens: the copy kept on this device at
// once (so they show offline), then the server's answer when it can be reached, kept for next time.
import { createResource, type Resource } from "solid-js";
import { useServices } from "../app/services";
import type { SessionRecord } from "../db/schema";
import type { ExchangeDetails } from "./exchange-details";

const cacheKey = (personId: string) => `exchange-details:${personId}`;

async function fetchDetails(token: string): Promise<ExchangeDetails | null> {
  try {
    const response = await fetch("/api/me/exchange", { headers: { Authorization: `Bearer ${token}` }, cache: "no-store" });
    return response.ok ? ((await response.json()) as ExchangeDetails) : null;
  } catch {
    return null;
  }
}

export function useExchangeDetails(session: Pick<SessionRecord, "personId" | "token">): Resource<ExchangeDetails | null> {
  const { db } = useServices();
  const [details, { mutate }] = createResource(async () => {
    const cached = await db.cachedResponses.get(cacheKey(session.personId));
    const fresh = fetchDetails(session.token).then(async (answer) => {
      if (!answer) return;
      await db.cachedResponses.put({ key: cacheKey(session.personId), fetchedAt: Date.now(), body: answer });
      mutate(answer);
    });
    if (cached) return cached.body as ExchangeDetails;
    await fresh;
    return ((await db.cachedResponses.get(cacheKey(session.personId)))?.body as ExchangeDetails | undefined) ?? null;
  });
  return details;
}
