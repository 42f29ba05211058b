// The tutor's project offer on this device: the access token their link became, the draft of
// the form (kept on the device on every keystroke, so nothing is lost offline or on a reload),
// and the offer as the server last described it. Sending to the server is explicit.
import { createSignal, onCleanup } from "solid-js";
import { createStore, reconcile, unwrap } from "solid-js/store";
import { openOffersDatabase } from "../db/offers-schema";
import { emptyOfferForm, validateOfferForm, type OfferForm, type OfferProblems } from "./offer-form";
import { OffersApiError, tutorApi, type OfferView } from "./offers-api";

export type DraftStatus = "device" | "server" | "offline" | "invalid" | null;

export function useTutorOffer(offerId: string) {
  const db = openOffersDatabase();
  onCleanup(() => db.close());
  const [state, setState] = createSignal<"loading" | "ready" | "no-access">("loading");
  const [offer, setOffer] = createSignal<OfferView | null>(null);
  const [form, setForm] = createStore<OfferForm>(emptyOfferForm());
  const [status, setStatus] = createSignal<DraftStatus>(null);
  const [problems, setProblems] = createSignal<OfferProblems>({});
  const [busy, setBusy] = createSignal(false);
  let token = "";

  const keepOffer = async (view: OfferView) => {
    setOffer(view);
    await db.cache.put({ key: `offer:${offerId}`, value: view, fetchedAt: Date.now() });
  };

  void (async () => {
    const access = await db.access.get(offerId);
    if (!access) return setState("no-access");
    token = access.token;
    const [draft, cached] = await Promise.all([db.drafts.get(offerId), db.cache.get(`offer:${offerId}`)]);
    if (cached) setOffer(cached.value as OfferView);
    if (draft) setForm(reconcile(draft.form));
    setState("ready");
    try {
      const { offer: fresh } = await tutorApi(token).read();
      await keepOffer(fresh);
      if (!draft && fresh.form) setForm(reconcile({ ...emptyOfferForm(), ...fresh.form }));
    } catch (error) {
      if (!(error instanceof OffersApiError && error.status === 0)) throw error;
    }
  })();

  const saveLocally = () => db.drafts.put({ offerId, form: structuredClone(unwrap(form)), savedAt: Date.now(), sentAt: null });

  const send = async (how: "draft" | "submit") => {
    const checked = validateOfferForm(unwrap(form), how === "submit");
    setProblems(checked.ok ? {} : checked.problems);
    if (!checked.ok) return setStatus("invalid");
    setBusy(true);
    try {
      const api = tutorApi(token);
      const { offer: fresh } = how === "submit" ? await api.submit(checked.form) : await api.saveDraft(checked.form);
      await keepOffer(fresh);
      await db.drafts.update(offerId, { sentAt: Date.now() });
      setStatus("server");
    } catch (error) {
      if (error instanceof OffersApiError && error.status === 0) return setStatus("offline");
      if (error instanceof OffersApiError && error.status === 400) {
        setProblems(error.fields as OfferProblems);
        return setStatus("invalid");
      }
      throw error;
    } finally {
      setBusy(false);
    }
  };

  return {
    state,
    offer,
    form,
    status,
    problems,
    busy,
    edit(change: (draft: OfferForm) => void) {
      setForm((draft) => {
        const copy = structuredClone(unwrap(draft));
        change(copy);
        return copy;
      });
      setStatus("device");
      void saveLocally();
    },
    saveDraft: () => send("draft"),
    submit: () => send("submit"),
    token: () => token,
  };
}

export type TutorOfferStore = ReturnType<typeof useTutorOffer>;
