import { useLocation } from "@solidjs/router";
import type { Signer } from "./certificate";

/** The evaluation screens are shared by student and tutor; the route's first segment says who. */
export function useSignerRole(): Signer {
  return useLocation().pathname.startsWith("/tutor/") ? "tutor" : "student";
}
