// Signatures, seals and certificates live outside every editable document (DESIGN.md): only the
// server writes them, after verifying. One signature per exchange and role (a new one replaces
// the old), one seal per exchange, one certificate per holder.
import type Database from "better-sqlite3";

export function migrateEvaluations(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS attestation_keys (
      key_id TEXT PRIMARY KEY, public_jwk TEXT NOT NULL, private_jwk TEXT NOT NULL, created_at INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS evaluation_signatures (
      exchange_id TEXT NOT NULL, role TEXT NOT NULL, person_id TEXT NOT NULL, session_id TEXT NOT NULL,
      public_key TEXT NOT NULL, content_hash TEXT NOT NULL, signature TEXT NOT NULL,
      signed_at INTEGER NOT NULL, received_at INTEGER NOT NULL,
      PRIMARY KEY (exchange_id, role));
    CREATE TABLE IF NOT EXISTS evaluation_seals (
      exchange_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, content TEXT NOT NULL, sealed_at INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS certificates (
      code TEXT PRIMARY KEY, exchange_id TEXT NOT NULL, holder TEXT NOT NULL, payload TEXT NOT NULL,
      UNIQUE (exchange_id, holder));
  `);
}
