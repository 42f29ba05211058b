import { describe, expect, it } from "vitest";
import { seededRandom } from "../../test/helpers/seeded-random";
import { sampleEvaluation, signedSample, signFormatOneCertificate, singleByteChanges } from "../../test/helpers/evaluation-samples";
import { fromBase64Url, toBase64Url } from "./base64url";
import { canonicalJson, contentHash, sha256Base64Url, utf8, verifyHashSignature } from "./signing";
import { joinCertificate, splitCertificate, verifyCertificate } from "./certificate";

const seed = Number(process.env.PROPERTY_SEED ?? Date.now() % 1_000_000);

describe(`signed evaluations and certificates (seed ${seed})`, () => {
  it("hashes the same content the same way whatever the key order", async () => {
    const content = sampleEvaluation(seededRandom(seed));
    const reverseKeys = (value: unknown): unknown =>
      value !== null && typeof value === "object" ? Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reverseKeys(inner)])) : value;
    const reordered = reverseKeys(content);
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(content));
    expect(await contentHash(reordered)).toBe(await contentHash(content));
    expect(canonicalJson({ b: 1, a: "é" })).toBe('{"a":"é","b":1}');
  });

  it("accepts the original and rejects every single-byte change of the signed content", async () => {
    const random = seededRandom(seed);
    const sample = await signedSample(sampleEvaluation(random));
    expect(await verifyHashSignature(sample.student.publicKey, sample.hash, sample.student.signature)).toBe(true);
    const bytes = utf8(canonicalJson(sample.content));
    let changes = 0;
    for (const changed of singleByteChanges(bytes, random)) {
      const hash = await sha256Base64Url(changed);
      expect(await verifyHashSignature(sample.student.publicKey, hash, sample.student.signature)).toBe(false);
      changes++;
    }
    expect(changes).toBe(bytes.length * 2);
  });

  it("rejects every single-byte change of a person's signature", async () => {
    const random = seededRandom(seed + 1);
    const sample = await signedSample(sampleEvaluation(random));
    const signature = fromBase64Url(sample.tutor.signature) as Uint8Array;
    for (const changed of singleByteChanges(signature, random)) {
      expect(await verifyHashSignature(sample.tutor.publicKey, sample.hash, toBase64Url(changed))).toBe(false);
    }
  });

  it("verifies the certificate and rejects every single-byte change of its attestation, naming what failed", async () => {
    const random = seededRandom(seed + 2);
    const sample = await signedSample(sampleEvaluation(random));
    const verified = await verifyCertificate(sample.payload, [sample.trusted]);
    expect(verified.ok && verified.claims.contentHash).toBe(sample.hash);

    const { claims, signature } = splitCertificate(sample.payload)!;
    for (const changed of singleByteChanges(claims, random)) {
      const result = await verifyCertificate(joinCertificate(changed, signature), [sample.trusted]);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(["attestation", "unknown-issuer"]).toContain(result.problem);
    }
    for (const changed of singleByteChanges(signature, random)) {
      expect(await verifyCertificate(joinCertificate(claims, changed), [sample.trusted])).toEqual({ ok: false, problem: "attestation" });
    }
  });

  it("rejects every single-character change of the QR text", async () => {
    const random = seededRandom(seed + 3);
    const sample = await signedSample(sampleEvaluation(random));
    // Base32's own characters, and what a base64url or a damaged text would hold besides.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567abcxyz0189-_.";
    for (let index = 0; index < sample.payload.length; index++) {
      const original = sample.payload[index] as string;
      const replacement = alphabet[(alphabet.indexOf(original) + 1 + random.int(alphabet.length - 1)) % alphabet.length] as string;
      const changed = sample.payload.slice(0, index) + replacement + sample.payload.slice(index + 1);
      expect((await verifyCertificate(changed, [sample.trusted])).ok).toBe(false);
    }
  });

  it("says the issuer is unknown when the device trusts another server's key, and unreadable for garbage", async () => {
    const sample = await signedSample(sampleEvaluation(seededRandom(seed + 4)));
    const other = await signedSample(sampleEvaluation(seededRandom(seed + 5)));
    expect(await verifyCertificate(sample.payload, [other.trusted])).toEqual({ ok: false, problem: "unknown-issuer" });
    expect(await verifyCertificate("not a certificate", [sample.trusted])).toEqual({ ok: false, problem: "unreadable" });
    expect(await verifyCertificate(`https://example.org/verify#${sample.payload}`, [sample.trusted])).toMatchObject({ ok: true });
  });

  it("states on the certificate what the server attested: names, host, department, committee, period, attendance and hours", async () => {
    const sample = await signedSample(sampleEvaluation(seededRandom(seed + 6)));
    const verified = await verifyCertificate(sample.payload, [sample.trusted]);
    if (!verified.ok) throw new Error(verified.problem);
    const { id: _id, ...identity } = sample.content.exchange;
    expect(verified.claims).toMatchObject({
      format: "aql-certificate/2",
      exchange: { ...identity, hostInstitution: "Centre hospitalier universitaire Sainte-Justine", department: "Département de microbiologie", committee: "IFMSA-Québec" },
      attendance: { workingDays: sample.content.attendance.workingDays, present: sample.content.attendance.present },
      hours: sample.content.hours,
      contentHash: sample.hash,
      signatures: { student: { key: sample.student.publicKey, signature: sample.student.signature, signedAt: 1_783_000_000_000 }, tutor: { key: sample.tutor.publicKey } },
      sealedAt: 1_783_200_000_000,
      issuer: sample.trusted.keyId,
    });
    expect(verified.claims.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(sample.payload).toMatch(/^[A-Z2-7]+$/);
  });

  it("still verifies certificates issued as canonical JSON (format 1), and refuses every single-byte change of them", async () => {
    const random = seededRandom(seed + 7);
    const sample = await signedSample(sampleEvaluation(random));
    const formatOne = await signFormatOneCertificate(sample);
    const verified = await verifyCertificate(formatOne, [sample.trusted]);
    expect(verified.ok && [verified.claims.format, verified.claims.contentHash, verified.claims.exchange.hostInstitution, verified.claims.hours]).toEqual([
      "aql-certificate/1",
      sample.hash,
      "",
      null,
    ]);
    const [claims, serverSignature] = formatOne.split(".") as [string, string];
    for (const changed of singleByteChanges(fromBase64Url(claims) as Uint8Array, random)) {
      expect((await verifyCertificate(`${toBase64Url(changed)}.${serverSignature}`, [sample.trusted])).ok).toBe(false);
    }
  });
});
