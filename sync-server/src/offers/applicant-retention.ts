// The applicants a tutor did not choose are deleted, with their letters and CVs, a set time after
// the choice (APPLICANT_RETENTION_DAYS, 30 by default): long enough for the committee to turn the
// choice into an exchange or fall back on another applicant, short enough not to keep strangers'
// CVs. The chosen applicant's application stays until the exchange's own data replaces it.
import type { OfferStore } from "./offer-store";

export const defaultApplicantRetentionDays = 30;

export async function deleteUnchosenApplicants(store: OfferStore, now: number, retentionDays: number): Promise<number> {
  const offers = await store.offersDecidedBefore(now - retentionDays * 86_400_000);
  let deleted = 0;
  for (const offer of offers) {
    const others = (await store.applicationsOf(offer.id)).filter((application) => application.id !== offer.chosenApplicationId);
    if (others.length > 0) deleted += await store.deleteApplications(others.map((application) => application.id));
  }
  return deleted;
}

/** Runs the deletion now and then hourly, until `stop`. */
export function scheduleApplicantRetention(store: OfferStore, retentionDays: number, log: (message: string) => void): { stop(): void } {
  const run = () =>
    deleteUnchosenApplicants(store, Date.now(), retentionDays).then(
      (count) => count > 0 && log(`deleted ${count} unchosen applications after ${retentionDays} days`),
      (error: unknown) => log(`applicant deletion failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  void run();
  const timer = setInterval(() => void run(), 3_600_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
