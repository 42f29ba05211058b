// Certificates anyone can check offline, from the QR code alone. When the evaluation is sealed,
// the server writes the certificate's claims in a compact binary layout (certificate-layout.ts)
// and signs those exact bytes with its attestation key; the claims carry both people's public
// keys and signatures over the evaluation's hash. The QR code holds
// `<origin>/verify#<claims ‖ server signature, base32>`: base32 is upper-case letters and digits,
// which a QR code stores in its alphanumeric mode at 5.5 bits a character instead of 8.
// Certificates issued before that (format 1: canonical JSON, `<base64url>.<base64url>`) still verify.
import { base32nopad } from "@scure/base";
import { fromBase64Url, toBase64Url } from "./base64url";
import { decodeClaims, encodeClaims, type EncodableClaims } from "./certificate-layout";
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

/** The exchange as a certificate names it; certificates of format 1 named no host, department or committee (""). */
export interface CertifiedExchange extends Omit<ExchangeIdentity, "id"> {
  hostInstitution: string;
  department: string;
  committee: string;
}

export interface CertificateClaims {
  format: "aql-certificate/1" | "aql-certificate/2";
  certificate: CertificateKind;
  code: string;
  exchange: CertifiedExchange;
  attendance: { workingDays: number; present: number };
  /** Hours logged over the exchange; null on certificates of format 1, which did not say. */
  hours: number | null;
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

const signatureLength = 64;

/** The QR text of claims and the server's signature over them. */
export const joinCertificate = (claims: Uint8Array, signature: Uint8Array) => base32nopad.encode(new Uint8Array([...claims, ...signature]));

/** The claims' bytes and the server's signature of a format-2 certificate; null for anything else. */
export function splitCertificate(payload: string): { claims: Uint8Array; signature: Uint8Array } | null {
  let bytes: Uint8Array;
  try {
    bytes = base32nopad.decode(payload);
  } catch {
    return null;
  }
  // Strict, as for base64url: only the exact encoding of its bytes is the certificate.
  if (bytes.length <= signatureLength || base32nopad.encode(bytes) !== payload) return null;
  return { claims: bytes.subarray(0, bytes.length - signatureLength), signature: bytes.subarray(bytes.length - signatureLength) };
}

export async function signCertificate(claims: EncodableClaims, attestationKey: CryptoKey): Promise<string> {
  const bytes = encodeClaims(claims);
  const signature = new Uint8Array(await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, attestationKey, bytes as BufferSource));
  return joinCertificate(bytes, signature);
}

/** The certificate part of a pasted or scanned text: a whole /verify link or just its fragment. */
export function certificatePayloadOf(text: string): string {
  const trimmed = text.trim();
  const hash = trimmed.indexOf("#");
  return hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
}

export const verifyLink = (origin: string, payload: string) => `${origin}/verify#${payload}`;

type FormatOneClaims = Omit<CertificateClaims, "format" | "exchange" | "hours"> & { format: "aql-certificate/1"; exchange: ExchangeIdentity };

const readFormatOne = (bytes: Uint8Array): CertificateClaims | null => {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const claims = JSON.parse(text) as FormatOneClaims;
    // The server signed canonical JSON only; anything else was not written by it.
    if (canonicalJson(claims) !== text || claims?.format !== "aql-certificate/1") return null;
    const { id: _id, ...exchange } = claims.exchange;
    return { ...claims, exchange: { ...exchange, hostInstitution: "", department: "", committee: "" }, hours: null };
  } catch {
    return null;
  }
};

const readFormatTwo = async (bytes: Uint8Array): Promise<CertificateClaims | null> => {
  const claims = decodeClaims(bytes);
  return claims && { format: "aql-certificate/2", ...claims, code: await certificateCode(claims.contentHash, claims.certificate) };
};

/** The signed bytes, the server's signature and a reader of the claims, for either format. */
function partsOf(payload: string): { bytes: Uint8Array; signature: string; read: (bytes: Uint8Array) => Promise<CertificateClaims | null> } | null {
  if (payload.includes(".")) {
    const [encodedClaims, serverSignature, extra] = payload.split(".");
    const bytes = encodedClaims === undefined ? null : fromBase64Url(encodedClaims);
    if (!bytes || serverSignature === undefined || extra !== undefined) return null;
    return { bytes, signature: serverSignature, read: async (claims) => readFormatOne(claims) };
  }
  const parts = splitCertificate(payload);
  return parts && { bytes: parts.claims, signature: toBase64Url(parts.signature), read: readFormatTwo };
}

/**
 * Checks a certificate with nothing but its payload and the keys this device trusts: the
 * server's attestation over the exact bytes first, then each person's signature over the
 * evaluation's hash. Says which check failed; never throws.
 */
export async function verifyCertificate(payload: string, trusted: readonly TrustedKey[]): Promise<Verification> {
  const parts = partsOf(certificatePayloadOf(payload));
  if (!parts) return { ok: false, problem: "unreadable" };

  let attested = false;
  for (const key of trusted) if (await verifyBytes(key.publicKey, parts.signature, parts.bytes)) attested = true;
  const claims = await parts.read(parts.bytes);
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
