// The stored signatures, seals and certificates of final evaluations, and the act of sealing:
// one transaction records the seal, marks both evaluation documents sealed (the sync endpoint
// then refuses every write to them) and stores both certificates.
import type Database from "better-sqlite3";
import type { Signer } from "../../../src/evaluation/certificate";
import type { PublicKeyCoordinates } from "../../../src/evaluation/signing";
import { migrateEvaluations } from "./evaluation-schema";

export interface StoredSignature {
  role: Signer;
  personId: string;
  sessionId: string;
  publicKey: PublicKeyCoordinates;
  contentHash: string;
  signature: string;
  signedAt: number;
  receivedAt: number;
}

export interface StoredSeal {
  contentHash: string;
  content: string;
  sealedAt: number;
}

interface SignatureRow {
  role: Signer;
  person_id: string;
  session_id: string;
  public_key: string;
  content_hash: string;
  signature: string;
  signed_at: number;
  received_at: number;
}

const toSignature = (row: SignatureRow): StoredSignature => ({
  role: row.role,
  personId: row.person_id,
  sessionId: row.session_id,
  publicKey: JSON.parse(row.public_key) as PublicKeyCoordinates,
  contentHash: row.content_hash,
  signature: row.signature,
  signedAt: row.signed_at,
  receivedAt: row.received_at,
});

export type EvaluationRecords = ReturnType<typeof createEvaluationRecords>;

export function createEvaluationRecords(db: Database.Database) {
  migrateEvaluations(db);
  const statements = {
    signatures: db.prepare<[string], SignatureRow>("SELECT * FROM evaluation_signatures WHERE exchange_id = ? ORDER BY role"),
    putSignature: db.prepare(
      `INSERT INTO evaluation_signatures (exchange_id, role, person_id, session_id, public_key, content_hash, signature, signed_at, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (exchange_id, role) DO UPDATE SET person_id = excluded.person_id, session_id = excluded.session_id,
         public_key = excluded.public_key, content_hash = excluded.content_hash, signature = excluded.signature,
         signed_at = excluded.signed_at, received_at = excluded.received_at`,
    ),
    seal: db.prepare<[string], { content_hash: string; content: string; sealed_at: number }>("SELECT content_hash, content, sealed_at FROM evaluation_seals WHERE exchange_id = ?"),
    insertSeal: db.prepare("INSERT INTO evaluation_seals (exchange_id, content_hash, content, sealed_at) VALUES (?, ?, ?, ?)"),
    sealDocument: db.prepare("INSERT OR IGNORE INTO sealed_documents (name, sealed_at) VALUES (?, ?)"),
    insertCertificate: db.prepare("INSERT INTO certificates (code, exchange_id, holder, payload) VALUES (?, ?, ?, ?)"),
    certificatesOf: db.prepare<[string], { holder: Signer; code: string; payload: string }>("SELECT holder, code, payload FROM certificates WHERE exchange_id = ?"),
    certificateByCode: db.prepare<[string], { payload: string }>("SELECT payload FROM certificates WHERE code = ?"),
  };

  return {
    signaturesOf(exchangeId: string): StoredSignature[] {
      return statements.signatures.all(exchangeId).map(toSignature);
    },
    putSignature(exchangeId: string, signature: StoredSignature): void {
      statements.putSignature.run(
        exchangeId,
        signature.role,
        signature.personId,
        signature.sessionId,
        JSON.stringify({ x: signature.publicKey.x, y: signature.publicKey.y }),
        signature.contentHash,
        signature.signature,
        signature.signedAt,
        signature.receivedAt,
      );
    },
    sealOf(exchangeId: string): StoredSeal | null {
      const row = statements.seal.get(exchangeId);
      return row ? { contentHash: row.content_hash, content: row.content, sealedAt: row.sealed_at } : null;
    },
    /** Returns false, changing nothing, when the exchange was already sealed. */
    seal: db.transaction(
      (exchangeId: string, seal: StoredSeal, documentNames: readonly string[], certificates: { holder: Signer; code: string; payload: string }[]): boolean => {
        if (statements.seal.get(exchangeId)) return false;
        statements.insertSeal.run(exchangeId, seal.contentHash, seal.content, seal.sealedAt);
        for (const name of documentNames) statements.sealDocument.run(name, seal.sealedAt);
        for (const certificate of certificates) statements.insertCertificate.run(certificate.code, exchangeId, certificate.holder, certificate.payload);
        return true;
      },
    ),
    certificatesOf(exchangeId: string): Partial<Record<Signer, { code: string; payload: string }>> {
      const found: Partial<Record<Signer, { code: string; payload: string }>> = {};
      for (const row of statements.certificatesOf.all(exchangeId)) found[row.holder] = { code: row.code, payload: row.payload };
      return found;
    },
    certificateByCode(code: string): string | null {
      return statements.certificateByCode.get(code)?.payload ?? null;
    },
  };
}
