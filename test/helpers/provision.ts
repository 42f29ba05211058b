// Sets up people the way real users do: the first officer through the set-up link, an exchange
// through the API, and each person by redeeming their invite with a device key.
import { webcrypto } from "node:crypto";

export interface Joined {
  token: string;
  sessionId: string;
  personId: string;
  committeeId: string;
  role: "student" | "tutor" | "contact" | "officer";
  documents: { name: string; access: "read" | "write" }[];
}

export interface ProvisionedExchange {
  exchangeId: string;
  invites: { student: string; tutor: string; contact: string };
}

export async function devicePublicKey(): Promise<JsonWebKey> {
  const pair = await webcrypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
  const jwk = await webcrypto.subtle.exportKey("jwk", pair.publicKey);
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y } as JsonWebKey;
}

async function post(url: string, body: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

export const tokenFromLink = (link: string) => link.slice(link.indexOf("#") + 1);

export function setupTokenFromOutput(output: string): string {
  const match = /\/join#([A-Za-z0-9_-]{22})/.exec(output);
  if (!match?.[1]) throw new Error(`no set-up link in server output:\n${output}`);
  return match[1];
}

export async function redeem(baseUrl: string, inviteToken: string, extra: Record<string, unknown> = {}): Promise<Joined> {
  const { status, json } = await post(`${baseUrl}/api/invites/redeem`, { token: inviteToken, publicKey: await devicePublicKey(), deviceName: "test", ...extra });
  if (status !== 201) throw new Error(`redeem failed: ${status} ${JSON.stringify(json)}`);
  return { ...(json as unknown as Joined), token: json.sessionToken as string };
}

/** Joins like `redeem`, and keeps the device's private key so the test can sign as that device. */
export async function redeemSigner(baseUrl: string, inviteToken: string): Promise<Joined & { privateKey: CryptoKey }> {
  const pair = await webcrypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
  const jwk = await webcrypto.subtle.exportKey("jwk", pair.publicKey);
  const { status, json } = await post(`${baseUrl}/api/invites/redeem`, { token: inviteToken, publicKey: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, deviceName: "test" });
  if (status !== 201) throw new Error(`redeem failed: ${status} ${JSON.stringify(json)}`);
  return { ...(json as unknown as Joined), token: json.sessionToken as string, privateKey: pair.privateKey };
}

export function exchangeForm(overrides: Record<string, unknown> = {}) {
  return {
    kind: "research",
    projectTitle: "Biomarkers of sepsis in the ICU",
    department: "Intensive care",
    hostInstitution: "University Hospital",
    tutor: { name: "Dr. Ana Tutor", email: "tutor@example.org" },
    description: "Data collection and analysis.",
    requirements: "Basic statistics.",
    preparationPapers: [],
    videoCallFirst: false,
    student: { name: "Sam Student", email: "sam@example.org", levelOfStudies: "4th year", university: "Uni", homeNmo: "NMO", homeCountry: "Country" },
    startDate: "2026-07-01",
    endDate: "2026-07-28",
    contact: { name: "Chris Contact", email: "chris@example.org", phone: "+32 470 12 34 56" },
    ...overrides,
  };
}

export async function createExchange(baseUrl: string, officerToken: string, overrides: Record<string, unknown> = {}): Promise<ProvisionedExchange> {
  const { status, json } = await post(`${baseUrl}/api/exchanges`, exchangeForm(overrides), officerToken);
  if (status !== 201) throw new Error(`create exchange failed: ${status} ${JSON.stringify(json)}`);
  const exchange = json.exchange as { id: string };
  return { exchangeId: exchange.id, invites: json.invites as ProvisionedExchange["invites"] };
}

/** The first officer (through the set-up token) and one exchange whose invites nobody has used yet. */
export async function provisionInvites(baseUrl: string, setupToken: string, overrides: Record<string, unknown> = {}) {
  const officer = await redeem(baseUrl, setupToken, { name: "Olivia Officer", committeeName: "Test LC" });
  return { officer, exchange: await createExchange(baseUrl, officer.token, overrides) };
}

/** An officer (through the set-up token) and one exchange with its student, tutor and contact joined. */
export async function provisionExchange(baseUrl: string, setupToken: string) {
  const officer = await redeem(baseUrl, setupToken, { name: "Olivia Officer", committeeName: "Test LC" });
  const exchange = await createExchange(baseUrl, officer.token);
  const student = await redeem(baseUrl, tokenFromLink(exchange.invites.student));
  const tutor = await redeem(baseUrl, tokenFromLink(exchange.invites.tutor));
  const contact = await redeem(baseUrl, tokenFromLink(exchange.invites.contact));
  return { officer, exchange, student, tutor, contact };
}
