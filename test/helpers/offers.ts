// Project offers through the API, for tests: an offer invited, filled in and published, and
// applications with real-looking PDFs.
import { tokenFromLink } from "./provision";

export const samplePdf = (text = "letter") => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);

export async function api(baseUrl: string, method: "GET" | "POST" | "PUT", path: string, body?: unknown, token?: string) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    /* a download, not JSON */
  }
  return { status: response.status, json, text, headers: response.headers };
}

export const sampleOfferForm = (overrides: Record<string, unknown> = {}) => ({
  kind: "research",
  projectTitle: "Sepsis biomarkers",
  department: "Intensive care",
  hostInstitution: "University Hospital",
  description: "Collect and analyse ICU data.",
  requirements: "Basic statistics.",
  skills: ["data-collection", "statistics"],
  periods: "July or August 2027",
  durationWeeks: 4,
  places: 1,
  preparationPapers: [{ title: "Sepsis-3 definitions", url: "https://example.org/sepsis3" }],
  videoCallFirst: true,
  ...overrides,
});

export const sampleApplicationBody = (email: string, overrides: Record<string, unknown> = {}) => ({
  name: `Student ${email}`,
  email,
  university: "Uni of Elsewhere",
  levelOfStudies: "5th year",
  homeNmo: "NMO",
  homeCountry: "Country",
  letterText: "I would like to learn about sepsis.",
  cvPdf: samplePdf("cv").toString("base64"),
  ...overrides,
});

/** An offer invited by the officer, filled in by the tutor and published. */
export async function publishedOffer(baseUrl: string, officerToken: string, form = sampleOfferForm()) {
  const created = await api(baseUrl, "POST", "/api/offers", { tutorName: "Dr. Ana Tutor", tutorEmail: "ana@example.org" }, officerToken);
  if (created.status !== 201) throw new Error(`offer: ${created.status} ${created.text}`);
  const offerId = (created.json.offer as { id: string }).id;
  const redeemed = await api(baseUrl, "POST", "/api/offer-form/redeem", { token: tokenFromLink(created.json.link as string) });
  const tutorToken = redeemed.json.accessToken as string;
  const submitted = await api(baseUrl, "POST", "/api/offer-form/submit", { form }, tutorToken);
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.status} ${submitted.text}`);
  await api(baseUrl, "POST", `/api/offers/${offerId}/publish`, undefined, officerToken);
  return { offerId, tutorToken };
}
