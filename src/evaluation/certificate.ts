// Certificates anyone can check offline, from the QR code alone. When the evaluation is sealed,
// the server writes the certificate's claims as canonical JSON and signs those exact bytes with
// its attestation key; the claims carry both people's public keys and signatures over the
// evaluation's hash. The QR code holds `<origin>/verify#<claims, base64url>.<server signature>`.
import { fromBase64Url, toBase64Url } from "./base64url";
import type { ExchangeIdentity } from "./evaluation-content";
import { canonicalJson, keyIdOf, sha256Base64Url, utf8, verifyBytes, verifyHashSignature, type PublicKeyCoordinates } from "./signing";

export type CertificateKind = "research-exchange" | "professional-exchange" | "tutorship";
export type Signer = "student" | "tutor";

export interface SignerClaim {
  name: string;
  key: PublicKeyCoordinates;
  signature: string;
  signedAt: number;
}

export interface CertificateClaims {
  format: "aql-certificate/1";
  certificate: CertificateKind;
  code: string;
  exchange: ExchangeIdentity;
  attendance: { workingDays: number; present: number };
  contentHash: string;
  signatures: Record<Signer, SignerClaim>;
  sealedAt: number;
  issuer: string;
}

export interface TrustedKey {
  keyId: string;
  publicKey: PublicKeyCoordinates;
}

export type VerificationProblem = "unreadable" | "unknown-issuer" | "attestation" | "student-signature" | "tutor-signature";

export type Verification = { ok: true; claims: CertificateClaims } | { ok: false; problem: VerificationProblem };

export const certificateKindFor = (holder: Signer, exchangeKind: ExchangeIdentity["kind"]): CertificateKind =>
  holder === "tutor" ? "tutorship" : exchangeKind === "research" ? "research-exchange" : "professional-exchange";

// Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or typed is not misread.
const codeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** "7KQ2-M9XD": eight characters from the evaluation's hash and the kind of certificate. */
export async function certificateCode(contentHash: string, kind: CertificateKind): Promise<string> {
  const digest = fromBase64Url(await sha256Base64Url(utf8(`${contentHash}:${kind}`))) as Uint8Array;
  const characters = Array.from(digest.slice(0, 8), (byte) => codeAlphabet[byte % 32]).join("");
  return `${characters.slice(0, 4)}-${characters.slice(4)}`;
}

export async function signCertificate(claims: CertificateClaims, attestationKey: CryptoKey): Promise<string> {
  const bytes = utf8(canonicalJson(claims));
  const signature = new Uint8Array(await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, attestationKey, bytes as BufferSource));
  return `${toBase64Url(bytes)}.${toBase64Url(signature)}`;
}

/** The certificate part of a pasted or scanned text: a whole /verify link or just its fragment. */
export function certificatePayloadOf(text: string): string {
  const trimmed = text.trim();
  const hash = trimmed.indexOf("#");
  return hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
}

export const verifyLink = (origin: string, payload: string) => `${origin}/verify#${payload}`;

const readClaims = (bytes: Uint8Array): CertificateClaims | null => {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const claims = JSON.parse(text) as CertificateClaims;
    // The server signs canonical JSON only; anything else was not written by it.
    if (canonicalJson(claims) !== text || claims?.format !== "aql-certificate/1") return null;
    return claims;
  } catch {
    return null;
  }
};

/**
 * Checks a certificate with nothing but its payload and the keys this device trusts: the
 * server's attestation over the exact bytes first, then each person's signature over the
 * evaluation's hash. Says which check failed; never throws.
 */
export async function verifyCertificate(payload: string, trusted: readonly TrustedKey[]): Promise<Verification> {
  const [encodedClaims, serverSignature, extra] = certificatePayloadOf(payload).split(".");
  const bytes = encodedClaims === undefined ? null : fromBase64Url(encodedClaims);
  if (!bytes || serverSignature === undefined || extra !== undefined) return { ok: false, problem: "unreadable" };

  let attested = false;
  for (const key of trusted) if (await verifyBytes(key.publicKey, serverSignature, bytes)) attested = true;
  const claims = readClaims(bytes);
  if (!attested) {
    const knownIssuer = claims !== null && trusted.some((key) => key.keyId === claims.issuer);
    return { ok: false, problem: claims !== null && !knownIssuer ? "unknown-issuer" : "attestation" };
  }
  if (!claims) return { ok: false, problem: "unreadable" };
  for (const signer of ["student", "tutor"] as const) {
    const claim = claims.signatures?.[signer];
    if (!claim || !(await verifyHashSignature(claim.key, claims.contentHash, claim.signature))) return { ok: false, problem: `${signer}-signature` };
  }
  return { ok: true, claims };
}

export async function trustedKeyOf(publicKey: PublicKeyCoordinates): Promise<TrustedKey> {
  return { keyId: await keyIdOf(publicKey), publicKey: { x: publicKey.x, y: publicKey.y } };
}
