// The final evaluation's HTTP side: its status, signatures sent from the devices' outboxes, the
// server's public attestation key and certificates looked up by their short code.
import type { Session, StoredExchange } from "../auth/registry";
import type { SignatureRefusal } from "../../../src/evaluation/evaluation-status";
import type { EvaluationStatus } from "../../../src/evaluation/evaluation-status";
import { bearerSession, originOf, type ApiContext } from "./context";
import { HttpError, forbidden, notFound, readJson, sendJson } from "./json";
import { requireBudget } from "./rate-limits";

const refusals: Record<SignatureRefusal, HttpError> = {
  "changed-since-signed": new HttpError(409, "changed-since-signed", "Changed since you signed — review and sign again."),
  "evaluation-incomplete": new HttpError(409, "evaluation-incomplete", "Both parts of the evaluation must be complete before signing."),
  sealed: new HttpError(409, "sealed", "This evaluation is already sealed with other content."),
  "bad-signature": new HttpError(400, "bad-signature", "The signature does not match this device's key."),
  "exchange-cancelled": new HttpError(409, "exchange-cancelled", "This exchange was cancelled; its evaluation cannot be signed."),
  "too-early": new HttpError(409, "too-early", "The evaluation can be signed from the last working day of the exchange on."),
};

/** The exchange, if the session's person may see its evaluation: its student, tutor or an officer of its committee. */
function evaluationOf(context: ApiContext, session: Session): StoredExchange {
  const exchange = context.registry.exchange(context.params[0] ?? "");
  if (!exchange) throw notFound();
  const person = session.person;
  const allowed = person.role === "officer" ? person.committeeId === exchange.committeeId : (person.role === "student" || person.role === "tutor") && person.exchangeId === exchange.id;
  if (!allowed) throw forbidden();
  return exchange;
}

/** The status with the address certificates send people to, so a printout can name it. */
function withVerifyOrigin(context: ApiContext, status: EvaluationStatus): EvaluationStatus {
  try {
    return { ...status, verifyOrigin: originOf(context) };
  } catch {
    return status;
  }
}

export async function readEvaluation(context: ApiContext): Promise<void> {
  const session = bearerSession(context);
  sendJson(context.response, 200, withVerifyOrigin(context, await context.evaluations.status(evaluationOf(context, session), session.person)));
}

const isBase64Url = (value: unknown, length: number): value is string => typeof value === "string" && value.length === length && /^[A-Za-z0-9_-]+$/.test(value);

export async function submitSignature(context: ApiContext): Promise<void> {
  const session = bearerSession(context);
  const exchange = evaluationOf(context, session);
  if (session.person.role !== "student" && session.person.role !== "tutor") throw forbidden();
  const body = await readJson(context.request, context.limits.maxJsonBodyBytes);
  // SHA-256 is 43 base64url characters; an ECDSA P-256 signature (r ‖ s, 64 bytes) is 86.
  if (!isBase64Url(body.contentHash, 43)) throw new HttpError(400, "bad-content-hash", '"contentHash" must be a SHA-256 hash in base64url.', { field: "contentHash" });
  if (!isBase64Url(body.signature, 86)) throw new HttpError(400, "bad-signature", '"signature" must be an ECDSA P-256 signature in base64url.', { field: "signature" });
  const signedAt = typeof body.signedAt === "number" && Number.isFinite(body.signedAt) ? body.signedAt : Date.now();
  const result = await context.evaluations.submit(session, exchange, { contentHash: body.contentHash, signature: body.signature, signedAt });
  if (!result.ok) {
    const refusal = refusals[result.refusal];
    const details = { ...(result.currentHash ? { currentHash: result.currentHash } : {}), ...(result.opensOn ? { opensOn: result.opensOn } : {}) };
    throw new HttpError(refusal.status, refusal.code, refusal.message, Object.keys(details).length > 0 ? details : undefined);
  }
  sendJson(context.response, 200, withVerifyOrigin(context, await context.evaluations.status(exchange, session.person)));
}

export async function readAttestationKey(context: ApiContext): Promise<void> {
  const key = await context.attestationKey();
  context.response.setHeader("Access-Control-Allow-Origin", "*");
  sendJson(context.response, 200, { keyId: key.keyId, publicKey: key.publicKey });
}

export function readCertificate(context: ApiContext): void {
  requireBudget(context.rateLimits.certificateLookups.take(context.clientAddress), context.response, 60);
  const payload = context.evaluations.certificateByCode((context.params[0] ?? "").toUpperCase());
  if (!payload) throw new HttpError(404, "certificate-unknown", "No certificate has this code. Check the code on the certificate.");
  sendJson(context.response, 200, { payload });
}
