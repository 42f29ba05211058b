// Budgets for API calls that cost the server a write or that a stranger could repeat to guess:
// one token bucket per key (a session, a client address), held by the server instance.
import type { Limits } from "../limits";
import { createKeyedLimiter } from "../rate-limit";
import { HttpError } from "./json";
import type { ServerResponse } from "node:http";

export type ApiRateLimits = ReturnType<typeof createApiRateLimits>;

export function createApiRateLimits(limits: Limits) {
  return {
    /** Per session: each device invite is a committed write. */
    deviceInvites: createKeyedLimiter(limits.deviceInvitesPerMinute / 60, limits.deviceInvitesPerMinute),
    /** Per client address: codes are short enough to be worth guessing at speed. */
    certificateLookups: createKeyedLimiter(limits.certificateLookupsPerMinute / 60, limits.certificateLookupsPerMinute),
    /** Per client address: the public application form is open to anyone. */
    applications: createKeyedLimiter(limits.applicationsPerHourPerAddress / 3600, limits.applicationsPerHourPerAddress),
    offerLinks: createKeyedLimiter(limits.offerLinksPerMinute / 60, limits.offerLinksPerMinute),
    publicReads: createKeyedLimiter(limits.publicReadsPerMinute / 60, limits.publicReadsPerMinute),
  };
}

/** Throws the 429 the caller should get, with how long to wait, unless `allowed`. */
export function requireBudget(allowed: boolean, response: ServerResponse, retryAfterSeconds: number): void {
  if (allowed) return;
  response.setHeader("Retry-After", String(retryAfterSeconds));
  throw new HttpError(429, "rate-limited", "Too many requests. Wait a minute and try again.");
}
