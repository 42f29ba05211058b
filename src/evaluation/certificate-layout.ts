// The bytes of a certificate's claims (format "aql-certificate/2"), laid out to keep the QR code
// small enough for a phone camera to read from paper: keys, hashes and signatures as raw bytes
// (public keys compressed), dates as days and times as seconds, counts as variable-length
// integers, texts as length-prefixed UTF-8 (lib0's encoding, which Yjs uses too). The
// certificate's code is not carried: it follows from the hash and the kind.
//
// One layout, no optional parts, so every claim has exactly one encoding: a reader refuses bytes
// that do not encode back to themselves, as the server signed only what this encoder wrote.
import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import { fromBase64Url, toBase64Url } from "./base64url";
import { compressPublicKey, decompressPublicKey } from "./p256-point";
import type { CertificateClaims, CertificateKind, SignerClaim } from "./certificate";

const layoutVersion = 2;
const certificateKinds: readonly CertificateKind[] = ["research-exchange", "professional-exchange", "tutorship"];
const exchangeKinds = ["research", "professional"] as const;
const dayMs = 86_400_000;

/** The claims without the code, which the reader derives. */
export type EncodableClaims = Omit<CertificateClaims, "code" | "format">;

const dayNumber = (isoDate: string): number => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`Not a date: ${isoDate}`);
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  if (!Number.isFinite(time) || new Date(time).toISOString().slice(0, 10) !== isoDate) throw new RangeError(`Not a date: ${isoDate}`);
  return time / dayMs;
};
const isoDateOf = (days: number) => new Date(days * dayMs).toISOString().slice(0, 10);
const seconds = (ms: number) => Math.floor(ms / 1000);

function rawBytes(text: string, length: number): Uint8Array {
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length !== length) throw new RangeError(`Expected ${length} bytes of base64url`);
  return bytes;
}

function writeSigner(encoder: encoding.Encoder, signer: SignerClaim): void {
  const key = compressPublicKey(signer.key);
  if (!key) throw new RangeError("Not a P-256 public key");
  encoding.writeUint8Array(encoder, key);
  encoding.writeUint8Array(encoder, rawBytes(signer.signature, 64));
  encoding.writeUint32(encoder, seconds(signer.signedAt));
  encoding.writeVarString(encoder, signer.name);
}

/** The bytes the server signs; throws on claims it could not have made (a malformed key or date). */
export function encodeClaims(claims: EncodableClaims): Uint8Array {
  const encoder = encoding.createEncoder();
  const { exchange } = claims;
  encoding.writeUint8(encoder, layoutVersion);
  encoding.writeUint8(encoder, certificateKinds.indexOf(claims.certificate));
  encoding.writeUint8(encoder, exchangeKinds.indexOf(exchange.kind));
  encoding.writeUint8Array(encoder, rawBytes(claims.issuer, 12));
  encoding.writeUint8Array(encoder, rawBytes(claims.contentHash, 32));
  encoding.writeUint16(encoder, dayNumber(exchange.startDate));
  encoding.writeUint16(encoder, dayNumber(exchange.endDate));
  encoding.writeVarUint(encoder, claims.attendance.workingDays);
  encoding.writeVarUint(encoder, claims.attendance.present);
  // Hundredths: the logbook's totals are rounded to two decimals.
  encoding.writeVarUint(encoder, Math.round((claims.hours ?? 0) * 100));
  encoding.writeUint32(encoder, seconds(claims.sealedAt));
  writeSigner(encoder, claims.signatures.student);
  writeSigner(encoder, claims.signatures.tutor);
  for (const text of [exchange.projectTitle, exchange.hostInstitution, exchange.department, exchange.committee]) encoding.writeVarString(encoder, text);
  return encoding.toUint8Array(encoder);
}

function readSigner(decoder: decoding.Decoder): SignerClaim | null {
  const key = decompressPublicKey(decoding.readUint8Array(decoder, 33));
  const signature = toBase64Url(decoding.readUint8Array(decoder, 64));
  const signedAt = decoding.readUint32(decoder) * 1000;
  const name = decoding.readVarString(decoder);
  return key ? { key, signature, signedAt, name } : null;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, index) => byte === b[index]);

/** The claims in `bytes`, or null when they are not exactly what `encodeClaims` writes. */
export function decodeClaims(bytes: Uint8Array): EncodableClaims | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readUint8(decoder) !== layoutVersion) return null;
    const certificate = certificateKinds[decoding.readUint8(decoder)];
    const kind = exchangeKinds[decoding.readUint8(decoder) as 0 | 1];
    const issuer = toBase64Url(decoding.readUint8Array(decoder, 12));
    const contentHash = toBase64Url(decoding.readUint8Array(decoder, 32));
    const startDate = isoDateOf(decoding.readUint16(decoder));
    const endDate = isoDateOf(decoding.readUint16(decoder));
    const workingDays = decoding.readVarUint(decoder);
    const present = decoding.readVarUint(decoder);
    const hours = decoding.readVarUint(decoder) / 100;
    const sealedAt = decoding.readUint32(decoder) * 1000;
    const student = readSigner(decoder);
    const tutor = readSigner(decoder);
    const [projectTitle, hostInstitution, department, committee] = [0, 1, 2, 3].map(() => decoding.readVarString(decoder)) as [string, string, string, string];
    if (!certificate || !kind || !student || !tutor || decoding.hasContent(decoder)) return null;
    const claims: EncodableClaims = {
      certificate,
      exchange: { kind, projectTitle, studentName: student.name, tutorName: tutor.name, startDate, endDate, hostInstitution, department, committee },
      attendance: { workingDays, present },
      hours,
      contentHash,
      signatures: { student, tutor },
      sealedAt,
      issuer,
    };
    return sameBytes(encodeClaims(claims), bytes) ? claims : null;
  } catch {
    return null;
  }
}
