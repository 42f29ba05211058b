// The server's evaluation endpoints as typed calls. Errors are ApiErrors carrying the server's
// message for people and its code, so the screens can tell "changed since you signed" apart.
import { ApiError } from "../session/invite-api";
import type { EvaluationStatus } from "./evaluation-status";
import type { PublicKeyCoordinates } from "./signing";

async function requestJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, "offline", "");
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new ApiError(response.status, String(data.error ?? "error"), String(data.message ?? response.statusText));
  return data as T;
}

const authorized = (token: string) => ({ Authorization: `Bearer ${token}` });

export interface SignatureRequest {
  contentHash: string;
  signature: string;
  signedAt: number;
}

export const fetchEvaluationStatus = (token: string, exchangeId: string) =>
  requestJson<EvaluationStatus>(`/api/evaluations/${encodeURIComponent(exchangeId)}`, { headers: authorized(token) });

export const postSignature = (token: string, exchangeId: string, signature: SignatureRequest) =>
  requestJson<EvaluationStatus>(`/api/evaluations/${encodeURIComponent(exchangeId)}/signatures`, {
    method: "POST",
    headers: { ...authorized(token), "Content-Type": "application/json" },
    body: JSON.stringify(signature),
  });

export const fetchAttestationKey = () => requestJson<{ keyId: string; publicKey: PublicKeyCoordinates }>("/api/attestation-key");

export const fetchCertificateByCode = (code: string) => requestJson<{ payload: string }>(`/api/certificates/${encodeURIComponent(code.trim().toUpperCase())}`);
