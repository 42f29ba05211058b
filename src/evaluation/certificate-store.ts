// Certificates for the screens: the person's own (from the evaluation's last known status) and
// any pasted or scanned one, each checked on this device against the trusted keys.
import { createResource, type Resource } from "solid-js";
import { useServices } from "../app/services";
import type { SessionRecord } from "../db/schema";
import { ApiError } from "../session/invite-api";
import { certificatePayloadOf, verifyCertificate, type CertificateClaims, type Signer, type TrustedKey, type Verification } from "./certificate";
import { fetchCertificateByCode, fetchEvaluationStatus } from "./evaluation-api";
import { readCachedStatus, cacheStatus } from "./signature-records";
import { readTrustedKeys, refreshTrustedKeys } from "./trusted-keys";

export interface OwnCertificate {
  payload: string;
  claims: CertificateClaims;
  /** Where the certificate sends people to check it, as the server last said. */
  origin: string | undefined;
}

/** The signed-in person's certificate, verified; null while there is none on this device. */
export function useOwnCertificate(session: SessionRecord): Resource<OwnCertificate | null> {
  const { db } = useServices();
  const holder: Signer = session.role === "tutor" ? "tutor" : "student";
  const [certificate] = createResource(async () => {
    if (session.exchangeId) {
      try {
        await cacheStatus(db, session.personId, await fetchEvaluationStatus(session.token, session.exchangeId));
      } catch {
        // Offline or refused: the certificate kept on this device is shown.
      }
    }
    const status = (await readCachedStatus(db, session.personId))?.status;
    const payload = status?.certificates[holder]?.payload;
    if (!payload) return null;
    const verification = await verifyCertificate(payload, await refreshTrustedKeys(db));
    return verification.ok ? { payload, claims: verification.claims, origin: status.verifyOrigin } : null;
  });
  return certificate;
}

export type VerifierOutcome = { ok: true; claims: CertificateClaims; payload: string } | Exclude<Verification, { ok: true }> | { ok: false; problem: "code-unknown" | "offline" };

async function verified(payloadOrLink: string, keys: Promise<TrustedKey[]>): Promise<VerifierOutcome> {
  const payload = certificatePayloadOf(payloadOrLink);
  const verification = await verifyCertificate(payload, await keys);
  return verification.ok ? { ...verification, payload } : verification;
}

export interface CertificateVerifier {
  /** Whether the device holds at least one server key to check against. */
  hasKeys(): Promise<boolean>;
  check(payloadOrLink: string): Promise<VerifierOutcome>;
  checkCode(code: string): Promise<VerifierOutcome>;
}

export function useCertificateVerifier(): CertificateVerifier {
  const { db } = useServices();
  const keys = () => refreshTrustedKeys(db);
  return {
    hasKeys: async () => (await readTrustedKeys(db)).length > 0 || (await keys()).length > 0,
    check: (payload) => verified(payload, keys()),
    async checkCode(code) {
      try {
        const { payload } = await fetchCertificateByCode(code);
        return await verified(payload, keys());
      } catch (error) {
        return { ok: false, problem: error instanceof ApiError && error.status === 404 ? "code-unknown" : "offline" };
      }
    },
  };
}
