// Random final evaluations and certificates for property tests, built with the same functions
// the app and server use, and with fresh ECDSA keys for the student, tutor and server.
import type { SeededRandom } from "./seeded-random";
import { evaluationContent, type EvaluationContent } from "../../src/evaluation/evaluation-content";
import { studentFeedbackSpec, tutorEvaluationSpec, type FinalPartSpec, type FinalPartData } from "../../src/evaluation/final-parts";
import { canonicalJson, contentHash, signHash, utf8, type PublicKeyCoordinates } from "../../src/evaluation/signing";
import { certificateCode, signCertificate, trustedKeyOf, type TrustedKey } from "../../src/evaluation/certificate";
import { toBase64Url } from "../../src/evaluation/base64url";
import type { DayEntryData } from "../../src/logbook/student-document";

// Texts people really write: accents, scripts other than Latin, emoji, quotes and line breaks.
const fragments = ["Très bien", "Ärztin", "спасибо", "ありがとう", "🙂", '"quoted"', "back\\slash", "line\nbreak", "tab\there", "7,5 h", "<b>", "’"];

function text(random: SeededRandom): string {
  return Array.from({ length: random.between(1, 6) }, () => (random.chance(0.5) ? random.pick(fragments) : random.word(10))).join(" ");
}

function part(random: SeededRandom, spec: FinalPartSpec): FinalPartData {
  return {
    ratings: Object.fromEntries(spec.criteria.map((criterion) => [criterion, random.between(1, 5)])),
    texts: Object.fromEntries(spec.texts.map((field) => [field, text(random)])),
  };
}

export function sampleEvaluation(random: SeededRandom): EvaluationContent {
  const attendance: Record<string, { status: "present" | "absent" | "excused"; reason: string }> = {};
  const days: Record<string, DayEntryData> = {};
  for (let day = 1; day <= 28; day++) {
    const date = `2026-07-${String(day).padStart(2, "0")}`;
    if (random.chance(0.8)) attendance[date] = { status: random.pick(["present", "absent", "excused"] as const), reason: "" };
    if (random.chance(0.7)) days[date] = { date, hours: random.between(0, 40) / 4, activities: text(random), skills: [], reflection: "", questions: "", lastEdit: null };
  }
  return evaluationContent({
    exchange: {
      id: random.word(12) || "x",
      kind: random.pick(["research", "professional"] as const),
      projectTitle: text(random),
      studentName: text(random),
      tutorName: text(random),
      startDate: "2026-07-01",
      endDate: "2026-07-28",
    },
    logbook: { attendance, days },
    student: part(random, studentFeedbackSpec),
    tutor: part(random, tutorEvaluationSpec),
  });
}

const p256 = { name: "ECDSA", namedCurve: "P-256" } as const;

export async function newSigningKey(): Promise<{ privateKey: CryptoKey; publicKey: PublicKeyCoordinates }> {
  const pair = await crypto.subtle.generateKey(p256, true, ["sign", "verify"]);
  const jwk = await crypto.subtle.exportKey("jwk", pair.publicKey);
  return { privateKey: pair.privateKey, publicKey: { x: jwk.x as string, y: jwk.y as string } };
}

export interface SignedSample {
  content: EvaluationContent;
  hash: string;
  student: { publicKey: PublicKeyCoordinates; signature: string };
  tutor: { publicKey: PublicKeyCoordinates; signature: string };
  payload: string;
  trusted: TrustedKey;
  /** The server's private key, to issue other certificates for the same sample. */
  serverKey: CryptoKey;
}

/** Both people sign the evaluation and the server issues the student's certificate. */
export async function signedSample(content: EvaluationContent): Promise<SignedSample> {
  const [studentKey, tutorKey, serverKey] = [await newSigningKey(), await newSigningKey(), await newSigningKey()];
  const hash = await contentHash(content);
  const student = { publicKey: studentKey.publicKey, signature: await signHash(studentKey.privateKey, hash) };
  const tutor = { publicKey: tutorKey.publicKey, signature: await signHash(tutorKey.privateKey, hash) };
  const trusted = await trustedKeyOf(serverKey.publicKey);
  const { id: _id, ...exchange } = content.exchange;
  const claims = {
    certificate: content.exchange.kind === "research" ? ("research-exchange" as const) : ("professional-exchange" as const),
    exchange: { ...exchange, hostInstitution: "Centre hospitalier universitaire Sainte-Justine", department: "Département de microbiologie", committee: "IFMSA-Québec" },
    attendance: { workingDays: content.attendance.workingDays, present: content.attendance.present },
    hours: content.hours,
    contentHash: hash,
    signatures: {
      student: { name: content.exchange.studentName, key: student.publicKey, signature: student.signature, signedAt: 1_783_000_000_000 },
      tutor: { name: content.exchange.tutorName, key: tutor.publicKey, signature: tutor.signature, signedAt: 1_783_100_000_000 },
    },
    sealedAt: 1_783_200_000_000,
    issuer: trusted.keyId,
  };
  return { content, hash, student, tutor, payload: await signCertificate(claims, serverKey.privateKey), trusted, serverKey: serverKey.privateKey };
}

/** Every single-byte change of `bytes`: each position with its lowest bit flipped and with a seeded other value. */
export function* singleByteChanges(bytes: Uint8Array, random: SeededRandom): Generator<Uint8Array> {
  for (let index = 0; index < bytes.length; index++) {
    for (const replacement of [(bytes[index] as number) ^ 1, ((bytes[index] as number) + 1 + random.int(255)) % 256]) {
      const changed = bytes.slice();
      changed[index] = replacement;
      yield changed;
    }
  }
}

/**
 * A certificate as servers issued them before the compact layout (format 1): canonical JSON of
 * the claims and the server's signature, each base64url, joined by a dot.
 */
export async function signFormatOneCertificate(sample: SignedSample): Promise<string> {
  const claims = {
    format: "aql-certificate/1",
    certificate: "research-exchange",
    code: await certificateCode(sample.hash, "research-exchange"),
    exchange: sample.content.exchange,
    attendance: { workingDays: sample.content.attendance.workingDays, present: sample.content.attendance.present },
    contentHash: sample.hash,
    signatures: {
      student: { name: sample.content.exchange.studentName, key: sample.student.publicKey, signature: sample.student.signature, signedAt: 1 },
      tutor: { name: sample.content.exchange.tutorName, key: sample.tutor.publicKey, signature: sample.tutor.signature, signedAt: 2 },
    },
    sealedAt: 3,
    issuer: sample.trusted.keyId,
  };
  const bytes = utf8(canonicalJson(claims));
  const signature = new Uint8Array(await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, sample.serverKey, bytes as BufferSource));
  return `${toBase64Url(bytes)}.${toBase64Url(signature)}`;
}
