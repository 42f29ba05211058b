// The checks of the signing parity test, over the app's own signing, certificate and base64url
// modules. signing-parity.spec.ts calls these functions in Node and also bundles this very file
// with esbuild into the page (global `aqlSigning`), so both sides run the same code over the same
// seeded single-byte changes, and any difference comes from the platform: canonicalize,
// TextEncoder/TextDecoder, lib0's base64 and WebCrypto. Browser-safe: no Node imports here.
import { fromBase64Url, toBase64Url } from "../../src/evaluation/base64url";
import { canonicalJson, contentHash, sha256Base64Url, signHash, utf8, verifyHashSignature, type PublicKeyCoordinates } from "../../src/evaluation/signing";
import { joinCertificate, splitCertificate, verifyCertificate, type TrustedKey, type Verification } from "../../src/evaluation/certificate";
import { decodeClaims, encodeClaims, type EncodableClaims } from "../../src/evaluation/certificate-layout";
import { singleByteChanges } from "../helpers/evaluation-samples";
import { seededRandom, type SeededRandom } from "../helpers/seeded-random";

export interface SignerInput {
  publicKey: PublicKeyCoordinates;
  signature: string;
}

/** One signed sample as plain data, the same on both sides. */
export interface ParityInput {
  /** The evaluation as JSON text, so the page parses exactly what Node holds, in the same key order. */
  contentJson: string;
  hash: string;
  student: SignerInput;
  tutor: SignerInput;
  payload: string;
  trusted: TrustedKey;
  /** Seeds the random half of the single-byte changes. */
  mutationSeed: number;
}

export interface CanonicalForm {
  canonical: string;
  hash: string;
}

/** Canonical JSON and content hash of each JSON text. */
export async function canonicalForms(jsonTexts: readonly string[]): Promise<CanonicalForm[]> {
  const forms: CanonicalForm[] = [];
  for (const text of jsonTexts) {
    const value: unknown = JSON.parse(text);
    forms.push({ canonical: canonicalJson(value), hash: await contentHash(value) });
  }
  return forms;
}

/** The certificate's claims as this platform reads them, and whether they encode back to the very bytes the server signed. */
export function claimsLayout(payload: string): { claims: EncodableClaims | null; exact: boolean } {
  const parts = splitCertificate(payload);
  const claims = parts && decodeClaims(parts.claims);
  return { claims, exact: claims !== null && toBase64Url(encodeClaims(claims)) === toBase64Url(parts!.claims) };
}

const outcomeOf = (verification: Verification) => (verification.ok ? `ok:${verification.claims.contentHash}` : verification.problem);

export interface VerificationResults {
  /** signatures[i][j]: does signer i's key verify signer j's signature over the hash? */
  signatures: boolean[][];
  /** The certificate with the issuer trusted, and with no key trusted. */
  certificate: { trusted: string; untrusted: string };
}

export async function verificationResults(hash: string, signers: readonly SignerInput[], payload: string, trusted: TrustedKey): Promise<VerificationResults> {
  const signatures: boolean[][] = [];
  for (const key of signers) {
    const row: boolean[] = [];
    for (const signed of signers) row.push(await verifyHashSignature(key.publicKey, hash, signed.signature));
    signatures.push(row);
  }
  return {
    signatures,
    certificate: { trusted: outcomeOf(await verifyCertificate(payload, [trusted])), untrusted: outcomeOf(await verifyCertificate(payload, [])) },
  };
}

/**
 * Signs the hash with a fresh key whose private half cannot be exported (run in the page: the
 * browser's own key, of which only the public JWK leaves).
 */
export async function freshSigner(hash: string): Promise<SignerInput & { privateKeyExtractable: boolean }> {
  const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign", "verify"]);
  const jwk = await crypto.subtle.exportKey("jwk", pair.publicKey);
  return { publicKey: { x: jwk.x as string, y: jwk.y as string }, signature: await signHash(pair.privateKey, hash), privateKeyExtractable: pair.privateKey.extractable };
}

export interface MutationReport {
  /** The unchanged input's outcome: "accepted" or "ok:<hash>" when the check works at all. */
  original: string;
  /** How many single-byte changes were checked, and how many of them were refused. */
  checked: number;
  rejected: number;
  /** Each change's outcome in order: "accepted"/"rejected", or the certificate's problem. */
  outcomes: string[];
  /** FNV-1a over every changed input: equal on both sides only if they checked the same changes. */
  changes: string;
}

async function mutationReport(bytes: Uint8Array, random: SeededRandom, check: (candidate: Uint8Array) => Promise<string>): Promise<MutationReport> {
  const original = await check(bytes);
  const outcomes: string[] = [];
  let fnv = 0x811c9dc5;
  for (const changed of singleByteChanges(bytes, random)) {
    for (const byte of changed) fnv = Math.imul(fnv ^ byte, 0x01000193) >>> 0;
    outcomes.push(await check(changed));
  }
  const rejected = outcomes.filter((outcome) => outcome !== "accepted" && !outcome.startsWith("ok")).length;
  return { original, checked: outcomes.length, rejected, outcomes, changes: fnv.toString(16).padStart(8, "0") };
}

export interface MutationReports {
  content: MutationReport;
  studentSignature: MutationReport;
  tutorSignature: MutationReport;
  claims: MutationReport;
  serverSignature: MutationReport;
}

const accepted = (verified: boolean) => (verified ? "accepted" : "rejected");

/**
 * Every single-byte change of the canonical content (does the student's signature verify against
 * the changed bytes' hash?), of each person's signature, of the certificate's claims and of the
 * server's signature (does the certificate verify?).
 */
export async function mutationReports(input: ParityInput): Promise<MutationReports> {
  const random = seededRandom(input.mutationSeed);
  const decoded = (text: string) => {
    const bytes = fromBase64Url(text);
    if (!bytes) throw new Error(`not base64url: ${text}`);
    return bytes;
  };
  const signatureReport = (signer: SignerInput) =>
    mutationReport(decoded(signer.signature), random, async (changed) => accepted(await verifyHashSignature(signer.publicKey, input.hash, toBase64Url(changed))));
  const parts = splitCertificate(input.payload);
  if (!parts) throw new Error("not a certificate");

  const content = await mutationReport(utf8(canonicalJson(JSON.parse(input.contentJson))), random, async (changed) =>
    accepted(await verifyHashSignature(input.student.publicKey, await sha256Base64Url(changed), input.student.signature)),
  );
  const studentSignature = await signatureReport(input.student);
  const tutorSignature = await signatureReport(input.tutor);
  const claimsReport = await mutationReport(parts.claims, random, async (changed) => outcomeOf(await verifyCertificate(joinCertificate(changed, parts.signature), [input.trusted])));
  const serverReport = await mutationReport(parts.signature, random, async (changed) => outcomeOf(await verifyCertificate(joinCertificate(parts.claims, changed), [input.trusted])));
  return { content, studentSignature, tutorSignature, claims: claimsReport, serverSignature: serverReport };
}
