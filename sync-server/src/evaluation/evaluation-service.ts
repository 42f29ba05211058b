// Co-signing on the server. A signature is accepted only if it verifies against the signing
// device's registered key AND covers the evaluation as stored right now; when both people's
// signatures cover the same hash, the evaluation is sealed and both certificates are issued.
import { evaluationContent, missingParts, type EvaluationContent } from "../../../src/evaluation/evaluation-content";
import { finalPartDocumentName } from "../../../src/evaluation/final-parts";
import { canonicalJson, contentHash, verifyHashSignature } from "../../../src/evaluation/signing";
import { certificateCode, certificateKindFor, signCertificate, type CertifiedExchange, type Signer } from "../../../src/evaluation/certificate";
import type { EvaluationStatus, SignatureRefusal } from "../../../src/evaluation/evaluation-status";
import { signingOpen, signingOpensOn } from "../../../src/evaluation/signing-window";
import type { EvaluationSignatures } from "../../../src/exchanges/dashboard-row";
import { documentName } from "../auth/roles";
import type { Registry, Session, StoredExchange } from "../auth/registry";
import type { ReadOptions, StoredContent } from "../api/stored-document";
import { exchangeIdentityOf } from "../api/exchange-identity";
import type { AttestationKey } from "./attestation-key";
import type { EvaluationRecords, StoredSignature } from "./evaluation-records";

export interface SignatureSubmission {
  contentHash: string;
  signature: string;
  signedAt: number;
}

export type SubmissionResult = { ok: true; sealed: boolean } | { ok: false; refusal: SignatureRefusal; currentHash?: string; opensOn?: string };

export type EvaluationService = ReturnType<typeof createEvaluationService>;

export function createEvaluationService(options: {
  registry: Registry;
  records: EvaluationRecords;
  content: StoredContent;
  attestationKey: () => Promise<AttestationKey>;
  now?: () => number;
}) {
  const { registry, records, content: stored } = options;
  const now = options.now ?? Date.now;

  const currentContent = async (exchange: StoredExchange, readOptions?: ReadOptions): Promise<EvaluationContent> => {
    const name = (kind: "student" | "student-final" | "tutor-final") => documentName({ kind, exchangeId: exchange.id });
    const [logbook, student, tutor] = await Promise.all([
      stored.read(name("student"), "student-logbook", readOptions),
      stored.read(name("student-final"), "student-final", readOptions),
      stored.read(name("tutor-final"), "tutor-final", readOptions),
    ]);
    return evaluationContent({ exchange: exchangeIdentityOf(exchange), logbook, student, tutor });
  };

  const certifiedExchange = (exchange: StoredExchange, content: EvaluationContent): CertifiedExchange => {
    const { id: _id, ...identity } = content.exchange;
    return {
      ...identity,
      hostInstitution: exchange.form.hostInstitution,
      department: exchange.form.department,
      committee: registry.committeeName(exchange.committeeId) ?? "",
    };
  };

  const issueCertificates = async (exchange: StoredExchange, content: EvaluationContent, hash: string, signatures: Record<Signer, StoredSignature>, sealedAt: number) => {
    const key = await options.attestationKey();
    const issued = [];
    for (const holder of ["student", "tutor"] as const) {
      const certificate = certificateKindFor(holder, content.exchange.kind);
      const code = await certificateCode(hash, certificate);
      const signer = (role: Signer) => ({
        name: role === "student" ? content.exchange.studentName : content.exchange.tutorName,
        key: signatures[role].publicKey,
        signature: signatures[role].signature,
        signedAt: signatures[role].signedAt,
      });
      const payload = await signCertificate(
        {
          certificate,
          exchange: certifiedExchange(exchange, content),
          attendance: { workingDays: content.attendance.workingDays, present: content.attendance.present },
          hours: content.hours,
          contentHash: hash,
          signatures: { student: signer("student"), tutor: signer("tutor") },
          sealedAt,
          issuer: key.keyId,
        },
        key.privateKey,
      );
      issued.push({ holder, code, payload });
    }
    return issued;
  };

  const sealIfBothSigned = async (exchange: StoredExchange, content: EvaluationContent, hash: string): Promise<boolean> => {
    const byRole = Object.fromEntries(records.signaturesOf(exchange.id).map((s) => [s.role, s])) as Partial<Record<Signer, StoredSignature>>;
    if (byRole.student?.contentHash !== hash || byRole.tutor?.contentHash !== hash) return false;
    const sealedAt = now();
    const certificates = await issueCertificates(exchange, content, hash, { student: byRole.student, tutor: byRole.tutor }, sealedAt);
    const documentNames = [finalPartDocumentName(exchange.id, "student-final"), finalPartDocumentName(exchange.id, "tutor-final")];
    records.seal(exchange.id, { contentHash: hash, content: canonicalJson(content), sealedAt }, documentNames, certificates);
    // Whether this call sealed them or a concurrent one did, they are sealed now.
    registry.noteSealed(documentNames);
    return true;
  };

  return {
    currentContent,

    async submit(session: Session, exchange: StoredExchange, submission: SignatureSubmission): Promise<SubmissionResult> {
      const role = session.person.role as Signer;
      const seal = records.sealOf(exchange.id);
      if (seal) return seal.contentHash === submission.contentHash ? { ok: true, sealed: true } : { ok: false, refusal: "sealed" };
      if (exchange.cancelledReason !== null) return { ok: false, refusal: "exchange-cancelled" };
      if (!signingOpen(exchange.form, new Date(now()))) return { ok: false, refusal: "too-early", opensOn: signingOpensOn(exchange.form) };
      const publicKey = registry.sessionPublicKey(session.id);
      if (!publicKey || !(await verifyHashSignature(publicKey, submission.contentHash, submission.signature))) return { ok: false, refusal: "bad-signature" };
      const content = await currentContent(exchange);
      const hash = await contentHash(content);
      if (hash !== submission.contentHash) return { ok: false, refusal: "changed-since-signed", currentHash: hash };
      const missing = missingParts(content);
      if (missing.student.length > 0 || missing.tutor.length > 0) return { ok: false, refusal: "evaluation-incomplete" };
      records.putSignature(exchange.id, {
        role,
        personId: session.person.id,
        sessionId: session.id,
        publicKey,
        contentHash: hash,
        signature: submission.signature,
        signedAt: submission.signedAt,
        receivedAt: now(),
      });
      return { ok: true, sealed: await sealIfBothSigned(exchange, content, hash) };
    },

    async status(exchange: StoredExchange, viewer: Session["person"]): Promise<EvaluationStatus> {
      const seal = records.sealOf(exchange.id);
      const currentHash = seal ? seal.contentHash : await contentHash(await currentContent(exchange));
      const certificates = records.certificatesOf(exchange.id);
      const visible: EvaluationStatus["certificates"] = {};
      for (const holder of ["student", "tutor"] as const) {
        const certificate = certificates[holder];
        if (certificate && (viewer.role === "officer" || viewer.role === holder)) visible[holder] = certificate;
      }
      return {
        exchangeId: exchange.id,
        exchange: exchangeIdentityOf(exchange),
        currentHash,
        signatures: records.signaturesOf(exchange.id).map((signature) => ({
          role: signature.role,
          name: registry.sessionOwner(signature.sessionId)?.name ?? "",
          contentHash: signature.contentHash,
          signedAt: signature.signedAt,
          current: signature.contentHash === currentHash,
        })),
        sealed: seal ? { contentHash: seal.contentHash, sealedAt: seal.sealedAt, content: JSON.parse(seal.content) as EvaluationContent } : null,
        certificates: visible,
      };
    },

    /** For the officer's dashboard: who has a signature covering the current content, and the seal. */
    async dashboardSignatures(exchange: StoredExchange, readOptions?: ReadOptions): Promise<EvaluationSignatures> {
      const signatures = records.signaturesOf(exchange.id);
      if (signatures.length === 0) return { signedBy: [], certificateReady: false };
      const seal = records.sealOf(exchange.id);
      const currentHash = seal ? seal.contentHash : await contentHash(await currentContent(exchange, readOptions));
      return { signedBy: signatures.filter((s) => s.contentHash === currentHash).map((s) => s.role), certificateReady: seal !== null };
    },

    certificateByCode: (code: string) => records.certificateByCode(code),
  };
}
