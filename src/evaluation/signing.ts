// Signatures over the evaluation, the same in the browser and in Node (both have WebCrypto).
// The content is hashed as RFC 8785 canonical JSON; each person signs, with ECDSA P-256 and
// SHA-256, a short message naming that hash. Signing the hash rather than the whole text lets a
// certificate carry both signatures in a QR code and still be checked without the content.
import canonicalize from "canonicalize";
import { fromBase64Url, toBase64Url } from "./base64url";

const ecdsa = { name: "ECDSA", hash: "SHA-256" } as const;
const p256 = { name: "ECDSA", namedCurve: "P-256" } as const;

export interface PublicKeyCoordinates {
  x: string;
  y: string;
}

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError("This value has no JSON form.");
  return text;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

export async function sha256Base64Url(bytes: Uint8Array): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as BufferSource)));
}

/** The evaluation's identity: SHA-256 of its canonical JSON, base64url. */
export const contentHash = (content: unknown) => sha256Base64Url(utf8(canonicalJson(content)));

/** What a person signs: the hash with a purpose prefix, so the signature means nothing elsewhere. */
export const signedMessage = (hash: string) => utf8(`aql-evaluation/1:${hash}`);

export async function signHash(privateKey: CryptoKey, hash: string): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.sign(ecdsa, privateKey, signedMessage(hash) as BufferSource)));
}

export async function importPublicKey(key: PublicKeyCoordinates): Promise<CryptoKey | null> {
  try {
    return await crypto.subtle.importKey("jwk", { kty: "EC", crv: "P-256", x: key.x, y: key.y, ext: true }, p256, true, ["verify"]);
  } catch {
    return null;
  }
}

/** True only for a well-formed signature by `key` over exactly these bytes; never throws. */
export async function verifyBytes(key: PublicKeyCoordinates, signature: string, bytes: Uint8Array): Promise<boolean> {
  const signatureBytes = fromBase64Url(signature);
  if (!signatureBytes || signatureBytes.length !== 64) return false;
  const publicKey = await importPublicKey(key);
  if (!publicKey) return false;
  try {
    return await crypto.subtle.verify(ecdsa, publicKey, signatureBytes as BufferSource, bytes as BufferSource);
  } catch {
    return false;
  }
}

export const verifyHashSignature = (key: PublicKeyCoordinates, hash: string, signature: string) => verifyBytes(key, signature, signedMessage(hash));

/** A short, stable name for a public key: the first 16 characters of its canonical JWK's hash. */
export async function keyIdOf(key: PublicKeyCoordinates): Promise<string> {
  return (await sha256Base64Url(utf8(canonicalJson({ crv: "P-256", kty: "EC", x: key.x, y: key.y })))).slice(0, 16);
}
