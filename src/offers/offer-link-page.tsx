// Where the officer's project-form link lands (`/offer-form#<token>`): the token stays in the
// fragment (never sent in a URL) and is redeemed once, by POST, for the access this device keeps.
import { createSignal, onMount, Show } from "solid-js";
import { useNavigate } from "@solidjs/router";
import { PageTitle } from "../ui/page-title";
import { openOffersDatabase } from "../db/offers-schema";
import { OffersApiError, redeemOfferLink } from "./offers-api";
import { useOffersMessages } from "./offers-messages";
import "./offers.css";

export default function OfferLinkPage() {
  const t = useOffersMessages();
  const navigate = useNavigate();
  const [problem, setProblem] = createSignal<"used" | "missing" | "offline" | null>(null);
  onMount(async () => {
    const token = location.hash.slice(1);
    if (!/^[A-Za-z0-9_-]{22}$/.test(token)) return setProblem("missing");
    try {
      const { accessToken, offer } = await redeemOfferLink(token);
      const db = openOffersDatabase();
      await db.access.put({ id: offer.id, kind: "tutor", token: accessToken });
      await db.cache.put({ key: `offer:${offer.id}`, value: offer, fetchedAt: Date.now() });
      db.close();
      history.replaceState(null, "", location.pathname);
      navigate(`/offer/${offer.id}`, { replace: true });
    } catch (error) {
      setProblem(error instanceof OffersApiError && error.status === 0 ? "offline" : "used");
    }
  });
  return (
    <>
      <PageTitle>{t("link.title")}</PageTitle>
      <Show when={problem()} fallback={<p role="status">{t("link.opening")}</p>}>
        {(which) => <p role="alert">{t(`link.${which()}`)}</p>}
      </Show>
    </>
  );
}
