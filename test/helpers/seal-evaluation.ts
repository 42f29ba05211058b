// Both parts of the final evaluation filled in and signed through the API, the way the two
// devices do it: each person writes their own part, then signs the hash the server reports.
import { signHash } from "../../src/evaluation/signing";
import type { EvaluationStatus } from "../../src/evaluation/evaluation-status";
import type { Joined } from "./provision";
import { finalSpecs, writeDocument, writeFinalPart } from "./seed-logbook";

type Signer = Joined & { privateKey: CryptoKey };

async function api(baseUrl: string, path: string, token: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

export const evaluationStatus = async (baseUrl: string, exchangeId: string, token: string) =>
  (await api(baseUrl, `/api/evaluations/${exchangeId}`, token)).json as unknown as EvaluationStatus;

export const submitSignature = async (baseUrl: string, exchangeId: string, who: Signer, hash: string) =>
  api(baseUrl, `/api/evaluations/${exchangeId}/signatures`, who.token, { contentHash: hash, signature: await signHash(who.privateKey, hash), signedAt: Date.now() });

export const completeEvaluationTexts = {
  student: { highlights: "A welcoming team and real data to work with.", improvements: "More time in the lab.", remarks: "" },
  tutor: { strengths: "Careful with data,\ncurious, punctual.", improvements: "Speak up in meetings.", remarks: "" },
};

/** Fills both parts and has both sign; returns the server's answers to each signature. */
export async function fillAndSign(baseUrl: string, exchangeId: string, student: Signer, tutor: Signer) {
  await writeDocument(baseUrl, `exchange/${exchangeId}/student-final`, student.token, (doc) => writeFinalPart(doc, finalSpecs.student, 5, completeEvaluationTexts.student));
  await writeDocument(baseUrl, `exchange/${exchangeId}/tutor-final`, tutor.token, (doc) => writeFinalPart(doc, finalSpecs.tutor, 4, completeEvaluationTexts.tutor));
  const hash = (await evaluationStatus(baseUrl, exchangeId, student.token)).currentHash;
  const byStudent = await submitSignature(baseUrl, exchangeId, student, hash);
  const byTutor = await submitSignature(baseUrl, exchangeId, tutor, hash);
  return { hash, byStudent, byTutor };
}
