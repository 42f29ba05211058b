// The offers API as typed calls, for the tutor's, the officer's, the public and the applicant's
// screens. Errors keep the server's code, message and field problems, which the screens show.
import type { OfferForm, OfferState } from "./offer-form";
import type { ApplicationFields, ApplicationFileKind } from "./application-form";

export interface OfferView {
  id: string;
  committeeName: string;
  tutorName: string;
  state: OfferState;
  form: OfferForm | null;
  reviewComment: string | null;
  declineReason: string | null;
  chosenApplicationId: string | null;
}

export interface OfficerOffer extends Omit<OfferView, "committeeName"> {
  committeeId: string;
  tutorEmail: string;
  exchangeId: string | null;
  createdAt: number;
  answeredAt: number | null;
  decidedAt: number | null;
  applicants?: number;
}

export interface ApplicationView {
  id: string;
  offerId: string;
  fields: ApplicationFields;
  files: ApplicationFileKind[];
  enteredBy: "applicant" | "officer";
  call: { slots: string[]; picked: string | null } | null;
  createdAt: number;
  chosen?: boolean;
}

export interface PublicOffer {
  id: string;
  committeeName: string;
  tutorName: string;
  form: OfferForm;
}

export class OffersApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

type Method = "GET" | "POST" | "PUT";

async function request(method: Method, path: string, token: string | null, body?: unknown): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      cache: "no-store",
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new OffersApiError(0, "offline", "");
  }
  if (!response.ok) {
    const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    throw new OffersApiError(response.status, String(data.error ?? "error"), String(data.message ?? response.statusText), (data.fields ?? {}) as Record<string, string>, typeof data.field === "string" ? data.field : null);
  }
  return response;
}

export async function callJson<T>(method: Method, path: string, token: string | null, body?: unknown): Promise<T> {
  return (await (await request(method, path, token, body)).json()) as T;
}

export async function callBytes(path: string, token: string): Promise<ArrayBuffer> {
  return (await request("GET", path, token)).arrayBuffer();
}

export const fileUrl = (applicationId: string, kind: ApplicationFileKind) => `/api/applications/${encodeURIComponent(applicationId)}/files/${kind}`;
export const callIcsUrl = (applicationId: string) => `/api/applications/${encodeURIComponent(applicationId)}/call.ics`;

export const tutorApi = (token: string) => ({
  read: () => callJson<{ offer: OfferView }>("GET", "/api/offer-form", token),
  saveDraft: (form: OfferForm) => callJson<{ offer: OfferView }>("PUT", "/api/offer-form", token, { form }),
  submit: (form: OfferForm) => callJson<{ offer: OfferView }>("POST", "/api/offer-form/submit", token, { form }),
  applicants: () => callJson<{ applications: ApplicationView[] }>("GET", "/api/offer-form/applications", token),
  requestCall: (applicationId: string, slots: string[]) => callJson<{ application: ApplicationView }>("POST", `/api/offer-form/applications/${encodeURIComponent(applicationId)}/call`, token, { slots }),
  choose: (choice: { applicationId: string } | { declineReason: string }) => callJson<{ offer: OfferView }>("POST", "/api/offer-form/choice", token, choice),
});

export const redeemOfferLink = (token: string) => callJson<{ accessToken: string; offer: OfferView }>("POST", "/api/offer-form/redeem", null, { token });

export const officerOffersApi = (token: string) => ({
  list: () => callJson<{ offers: OfficerOffer[] }>("GET", "/api/offers", token),
  read: (id: string) => callJson<{ offer: OfficerOffer; applications: ApplicationView[] }>("GET", `/api/offers/${encodeURIComponent(id)}`, token),
  invite: (tutorName: string, tutorEmail: string) => callJson<{ offer: OfficerOffer; link: string }>("POST", "/api/offers", token, { tutorName, tutorEmail }),
  reissueLink: (id: string) => callJson<{ link: string }>("POST", `/api/offers/${encodeURIComponent(id)}/link`, token),
  askForChanges: (id: string, comment: string) => callJson<{ offer: OfficerOffer }>("POST", `/api/offers/${encodeURIComponent(id)}/changes`, token, { comment }),
  publish: (id: string) => callJson<{ offer: OfficerOffer }>("POST", `/api/offers/${encodeURIComponent(id)}/publish`, token),
  enterApplication: (id: string, body: Record<string, unknown>) => callJson<{ application: ApplicationView }>("POST", `/api/offers/${encodeURIComponent(id)}/applications`, token, body),
  recordExchange: (id: string, exchangeId: string) => callJson<{ offer: OfficerOffer }>("POST", `/api/offers/${encodeURIComponent(id)}/exchange`, token, { exchangeId }),
});

export const publicOffersApi = {
  list: (committeeId: string) => callJson<{ committeeName: string; offers: PublicOffer[] }>("GET", `/api/public/committees/${encodeURIComponent(committeeId)}/offers`, null),
  csvUrl: (committeeId: string) => `/api/public/committees/${encodeURIComponent(committeeId)}/offers.csv`,
  apply: (offerId: string, body: Record<string, unknown>) => callJson<{ applicationId: string; applicantToken: string }>("POST", `/api/public/offers/${encodeURIComponent(offerId)}/applications`, null, body),
};

export const applicantApi = (token: string) => ({
  read: () => callJson<{ application: ApplicationView; offer: { id: string; projectTitle: string; tutorName: string; state: OfferState; chosen: boolean } | null }>("GET", "/api/application", token),
  pick: (slot: string) => callJson<unknown>("POST", "/api/application/call", token, { slot }),
});
