// A tutor's applicants: the list as the server last gave it (kept on the device, so letters read
// offline once the list has been opened), each PDF once opened (kept too), the video-call
// request and the choice, which need the server.
import { createSignal, onCleanup } from "solid-js";
import { openOffersDatabase } from "../db/offers-schema";
import { callBytes, callIcsUrl, fileUrl, OffersApiError, tutorApi, type ApplicationView, type OfferView } from "./offers-api";
import type { ApplicationFileKind } from "./application-form";

export function useApplicants(offerId: string) {
  const db = openOffersDatabase();
  onCleanup(() => db.close());
  const [applications, setApplications] = createSignal<ApplicationView[] | null>(null);
  const [offer, setOffer] = createSignal<OfferView | null>(null);
  const [staleSince, setStaleSince] = createSignal<number | null>(null);
  const [noAccess, setNoAccess] = createSignal(false);
  let token = "";
  const listKey = `applicants:${offerId}`;

  const keep = async (list: ApplicationView[]) => {
    setApplications(list);
    setStaleSince(null);
    await db.cache.put({ key: listKey, value: list, fetchedAt: Date.now() });
  };

  const refresh = async () => {
    try {
      const api = tutorApi(token);
      const [{ applications: list }, { offer: fresh }] = await Promise.all([api.applicants(), api.read()]);
      setOffer(fresh);
      await db.cache.put({ key: `offer:${offerId}`, value: fresh, fetchedAt: Date.now() });
      await keep(list);
    } catch (error) {
      if (!(error instanceof OffersApiError && error.status === 0)) throw error;
      const cached = await db.cache.get(listKey);
      setStaleSince(cached?.fetchedAt ?? Date.now());
    }
  };

  void (async () => {
    const access = await db.access.get(offerId);
    if (!access) return setNoAccess(true);
    token = access.token;
    const [cached, cachedOffer] = await Promise.all([db.cache.get(listKey), db.cache.get(`offer:${offerId}`)]);
    if (cached) setApplications(cached.value as ApplicationView[]);
    if (cachedOffer) setOffer(cachedOffer.value as OfferView);
    await refresh();
  })();

  /** The file's bytes, from the device if opened before, else from the server (then kept). */
  const file = async (applicationId: string, kind: ApplicationFileKind): Promise<ArrayBuffer | null> => {
    const key = `${applicationId}:${kind}`;
    const kept = await db.files.get(key);
    if (kept) return kept.bytes;
    try {
      const bytes = await callBytes(fileUrl(applicationId, kind), token);
      await db.files.put({ key, bytes });
      return bytes;
    } catch (error) {
      if (error instanceof OffersApiError && error.status === 0) return null;
      throw error;
    }
  };

  const replace = (updated: ApplicationView) => keep((applications() ?? []).map((a) => (a.id === updated.id ? { ...updated, chosen: a.chosen } : a)));

  return {
    applications,
    offer,
    staleSince,
    noAccess,
    file,
    icsBytes: (applicationId: string) => callBytes(callIcsUrl(applicationId), token),
    async requestCall(applicationId: string, slots: string[]) {
      const { application } = await tutorApi(token).requestCall(applicationId, slots);
      await replace(application);
    },
    async choose(choice: { applicationId: string } | { declineReason: string }) {
      await tutorApi(token).choose(choice);
      await refresh();
    },
    refresh,
  };
}

export type ApplicantsStore = ReturnType<typeof useApplicants>;
