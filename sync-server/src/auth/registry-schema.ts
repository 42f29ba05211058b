// Tables for people and access: local committees, exchanges, people, invites and sessions. They
// share the SQLite file with the documents so one backup holds everything.
import type Database from "better-sqlite3";

export function migrateRegistry(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS committees (
      id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS exchanges (
      id TEXT PRIMARY KEY, committee_id TEXT NOT NULL REFERENCES committees(id), form TEXT NOT NULL,
      created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, cancelled_reason TEXT);
    CREATE TABLE IF NOT EXISTS people (
      id TEXT PRIMARY KEY, role TEXT NOT NULL, name TEXT NOT NULL, email TEXT,
      committee_id TEXT NOT NULL REFERENCES committees(id), exchange_id TEXT REFERENCES exchanges(id),
      created_at INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS people_by_exchange ON people(exchange_id);
    CREATE TABLE IF NOT EXISTS invites (
      token_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, person_id TEXT REFERENCES people(id),
      created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, redeemed_at INTEGER, revoked_at INTEGER);
    CREATE INDEX IF NOT EXISTS invites_by_person ON invites(person_id);
    CREATE TABLE IF NOT EXISTS sessions (
      id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, person_id TEXT NOT NULL REFERENCES people(id),
      public_key TEXT NOT NULL, device_name TEXT, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
      revoked_at INTEGER);
    CREATE INDEX IF NOT EXISTS sessions_by_person ON sessions(person_id);
    CREATE TABLE IF NOT EXISTS sealed_documents (name TEXT PRIMARY KEY, sealed_at INTEGER NOT NULL);
  `);
  // The session that asked for a device invite, so that revoking it withdraws them (added later:
  // files made before it have no such column yet).
  const inviteColumns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('invites')").all();
  if (!inviteColumns.some((column) => column.name === "session_id")) db.exec("ALTER TABLE invites ADD COLUMN session_id TEXT REFERENCES sessions(id)");
  db.exec("CREATE INDEX IF NOT EXISTS invites_by_session ON invites(session_id)");
}
