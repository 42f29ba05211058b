// People, invites and sessions. An invite token is redeemed once, by POST, and turns into a
// session bound to the device's public key. Only SHA-256 hashes of tokens are stored.
import type Database from "better-sqlite3";
import type { ExchangeForm } from "../../../src/exchanges/exchange-form";
import type { ExchangeRecord } from "../../../src/exchanges/exchanges-api";
import { migrateRegistry } from "./registry-schema";
import { exchangeInviteExpiresAt, officerInviteTtlMs, setupInviteTtlMs } from "./invite-expiry";
import { createId, createToken, hashToken } from "./tokens";
import type { Person, Role } from "./roles";

export interface RegistryOptions {
  now?: () => number;
  inviteTtlMs?: number;
  sessionTtlMs?: number;
}

export interface Session {
  id: string;
  person: Person;
  expiresAt: number;
}

/** An exchange as stored, the same record the officer's API returns. */
export type StoredExchange = ExchangeRecord;

export type InviteLookup =
  | { status: "ok"; kind: "person"; person: Person }
  | { status: "ok"; kind: "setup" }
  | { status: "unknown" | "used" | "expired" | "revoked" };

export type Redemption =
  | { status: "ok"; token: string; session: Session }
  | { status: "unknown" | "used" | "expired" | "revoked" };

interface PersonRow {
  id: string;
  role: Role;
  name: string;
  committee_id: string;
  exchange_id: string | null;
}

const day = 86_400_000;
const toPerson = (row: PersonRow): Person => ({
  id: row.id,
  role: row.role,
  name: row.name,
  committeeId: row.committee_id,
  exchangeId: row.exchange_id,
});

export type Registry = ReturnType<typeof createRegistry>;

export function createRegistry(db: Database.Database, options: RegistryOptions = {}) {
  const now = options.now ?? Date.now;
  const inviteTtl = options.inviteTtlMs ?? 30 * day;
  const sessionTtl = options.sessionTtlMs ?? 180 * day;
  migrateRegistry(db);

  const statements = {
    person: db.prepare<[string], PersonRow>("SELECT id, role, name, committee_id, exchange_id FROM people WHERE id = ?"),
    insertPerson: db.prepare(
      "INSERT INTO people (id, role, name, email, committee_id, exchange_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    invite: db.prepare<[string], { kind: string; person_id: string | null; expires_at: number; redeemed_at: number | null; revoked_at: number | null }>(
      "SELECT kind, person_id, expires_at, redeemed_at, revoked_at FROM invites WHERE token_hash = ?",
    ),
    insertInvite: db.prepare("INSERT INTO invites (token_hash, kind, person_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)"),
    redeemInvite: db.prepare("UPDATE invites SET redeemed_at = ? WHERE token_hash = ? AND redeemed_at IS NULL"),
    revokeInvitesOf: db.prepare("UPDATE invites SET revoked_at = ? WHERE person_id = ? AND redeemed_at IS NULL AND revoked_at IS NULL"),
    revokeSetupInvites: db.prepare("UPDATE invites SET revoked_at = ? WHERE kind = 'setup' AND redeemed_at IS NULL AND revoked_at IS NULL"),
    insertSession: db.prepare(
      "INSERT INTO sessions (id, token_hash, person_id, public_key, device_name, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    session: db.prepare<[string], { id: string; person_id: string; expires_at: number; revoked_at: number | null }>(
      "SELECT id, person_id, expires_at, revoked_at FROM sessions WHERE token_hash = ?",
    ),
    sessionById: db.prepare<[string], { id: string; person_id: string }>("SELECT id, person_id FROM sessions WHERE id = ?"),
    revokeSession: db.prepare("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
    insertDeviceInvite: db.prepare("INSERT INTO invites (token_hash, kind, person_id, session_id, created_at, expires_at) VALUES (?, 'person', ?, ?, ?, ?)"),
    revokeDeviceInvitesOf: db.prepare("UPDATE invites SET revoked_at = ? WHERE session_id = ? AND redeemed_at IS NULL AND revoked_at IS NULL"),
    revokeOldDeviceInvites: db.prepare(
      `UPDATE invites SET revoked_at = ? WHERE token_hash IN (
         SELECT token_hash FROM invites WHERE session_id = ? AND redeemed_at IS NULL AND revoked_at IS NULL AND expires_at > ?
         ORDER BY created_at DESC, rowid DESC LIMIT -1 OFFSET ?)`,
    ),
    sessionsOf: db.prepare<[string], { id: string; device_name: string | null; created_at: number; expires_at: number; revoked_at: number | null }>(
      "SELECT id, device_name, created_at, expires_at, revoked_at FROM sessions WHERE person_id = ? ORDER BY created_at",
    ),
    officerCount: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM people WHERE role = 'officer'"),
    insertCommittee: db.prepare("INSERT INTO committees (id, name, created_at) VALUES (?, ?, ?)"),
    committee: db.prepare<[string], { id: string; name: string }>("SELECT id, name FROM committees WHERE id = ?"),
    insertExchange: db.prepare(
      "INSERT INTO exchanges (id, committee_id, form, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
    ),
    exchange: db.prepare<[string], { id: string; committee_id: string; form: string; created_at: number; updated_at: number; cancelled_reason: string | null }>(
      "SELECT * FROM exchanges WHERE id = ?",
    ),
    exchangesOf: db.prepare<[string], { id: string; committee_id: string; form: string; created_at: number; updated_at: number; cancelled_reason: string | null }>(
      "SELECT * FROM exchanges WHERE committee_id = ? ORDER BY created_at DESC",
    ),
    peopleOf: db.prepare<[string], PersonRow>("SELECT id, role, name, committee_id, exchange_id FROM people WHERE exchange_id = ?"),
    updateExchange: db.prepare("UPDATE exchanges SET form = ?, updated_at = ? WHERE id = ?"),
    updatePerson: db.prepare("UPDATE people SET name = ?, email = ? WHERE exchange_id = ? AND role = ?"),
    cancelExchange: db.prepare("UPDATE exchanges SET cancelled_reason = ?, updated_at = ? WHERE id = ? AND cancelled_reason IS NULL"),
    extendInvitesOf: db.prepare(
      "UPDATE invites SET expires_at = max(expires_at, ?) WHERE person_id = ? AND session_id IS NULL AND redeemed_at IS NULL AND revoked_at IS NULL AND expires_at > ?",
    ),
    officerMadeInvite: db.prepare<[string, number], { token_hash: string; expires_at: number }>(
      `SELECT token_hash, expires_at FROM invites WHERE person_id = ? AND session_id IS NULL AND redeemed_at IS NULL AND revoked_at IS NULL AND expires_at > ?
       ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    ),
    officerPeopleOf: db.prepare<[string], PersonRow & { email: string | null }>(
      "SELECT id, role, name, email, committee_id, exchange_id FROM people WHERE committee_id = ? AND role = 'officer' ORDER BY created_at",
    ),
    cancelledIds: db.prepare<[], string>("SELECT id FROM exchanges WHERE cancelled_reason IS NOT NULL").pluck(),
    sealedNames: db.prepare<[], string>("SELECT name FROM sealed_documents").pluck(),
    publicKey: db.prepare<[string], { public_key: string }>("SELECT public_key FROM sessions WHERE id = ?"),
    officersOf: db.prepare<[string], { name: string; email: string | null }>("SELECT name, email FROM people WHERE committee_id = ? AND role = 'officer' ORDER BY created_at"),
  };

  // Every write to a document asks whether it is sealed and whether its exchange is cancelled.
  // Both are for good once true, and only this registry's cancelExchange and noteSealed make them
  // true, so the answers live in memory: two SQL queries per write were 11 % of the event loop's
  // busy time under live editing.
  const cancelledExchanges = new Set(statements.cancelledIds.all());
  const sealedDocuments = new Set(statements.sealedNames.all());

  const issueInvite = (kind: "person" | "setup", personId: string | null, ttl = inviteTtl): string => {
    const token = createToken();
    statements.insertInvite.run(hashToken(token), kind, personId, now(), now() + ttl);
    return token;
  };
  /** An invite for one of an exchange's people: it works until after the exchange. */
  const issueExchangeInvite = (personId: string, form: Pick<ExchangeForm, "endDate">): string =>
    issueInvite("person", personId, exchangeInviteExpiresAt(form, now()) - now());
  const formOfPerson = (personId: string): ExchangeForm | null => {
    const exchangeId = statements.person.get(personId)?.exchange_id;
    const row = exchangeId ? statements.exchange.get(exchangeId) : undefined;
    return row ? (JSON.parse(row.form) as ExchangeForm) : null;
  };

  const cancelInTransaction = db.transaction((id: string, reason: string): boolean => {
    if (statements.cancelExchange.run(reason, now(), id).changes !== 1) return false;
    for (const person of statements.peopleOf.all(id)) statements.revokeInvitesOf.run(now(), person.id);
    return true;
  });

  const lookupInvite = (token: string): InviteLookup => {
    const row = statements.invite.get(hashToken(token));
    if (!row) return { status: "unknown" };
    if (row.revoked_at !== null) return { status: "revoked" };
    if (row.redeemed_at !== null) return { status: "used" };
    if (row.expires_at <= now()) return { status: "expired" };
    if (row.kind === "setup") return { status: "ok", kind: "setup" };
    const person = statements.person.get(row.person_id ?? "");
    return person ? { status: "ok", kind: "person", person: toPerson(person) } : { status: "unknown" };
  };

  const toExchange = (row: { id: string; committee_id: string; form: string; created_at: number; updated_at: number; cancelled_reason: string | null }): StoredExchange => ({
    id: row.id,
    committeeId: row.committee_id,
    form: JSON.parse(row.form) as ExchangeForm,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    cancelledReason: row.cancelled_reason,
  });

  return {
    lookupInvite,

    /** Redeems in one transaction, so two devices racing on one link cannot both get in. */
    redeemInvite: db.transaction(
      (token: string, device: { publicKey: JsonWebKey; deviceName: string; setup?: { name: string; committeeName: string } }): Redemption => {
        const found = lookupInvite(token);
        if (found.status !== "ok") return found;
        let person: Person;
        if (found.kind === "setup") {
          if (!device.setup) return { status: "unknown" };
          const committeeId = createId();
          statements.insertCommittee.run(committeeId, device.setup.committeeName, now());
          person = { id: createId(), role: "officer", name: device.setup.name, committeeId, exchangeId: null };
          statements.insertPerson.run(person.id, person.role, person.name, null, committeeId, null, now());
        } else {
          person = found.person;
        }
        if (statements.redeemInvite.run(now(), hashToken(token)).changes !== 1) return { status: "used" };
        const sessionToken = createToken();
        const session: Session = { id: createId(), person, expiresAt: now() + sessionTtl };
        statements.insertSession.run(session.id, hashToken(sessionToken), person.id, JSON.stringify(device.publicKey), device.deviceName, now(), session.expiresAt);
        return { status: "ok", token: sessionToken, session };
      },
    ),

    /** The session behind a bearer token, or why there is none. */
    authenticate(token: string): { status: "ok"; session: Session } | { status: "unknown" | "expired" | "revoked" } {
      const row = statements.session.get(hashToken(token));
      if (!row) return { status: "unknown" };
      if (row.revoked_at !== null) return { status: "revoked" };
      if (row.expires_at <= now()) return { status: "expired" };
      const person = statements.person.get(row.person_id);
      if (!person) return { status: "unknown" };
      return { status: "ok", session: { id: row.id, person: toPerson(person), expiresAt: row.expires_at } };
    },

    /** Ends a session and withdraws the device invites it made that nobody used yet. */
    revokeSession: db.transaction((sessionId: string): boolean => {
      statements.revokeDeviceInvitesOf.run(now(), sessionId);
      return statements.revokeSession.run(now(), sessionId).changes === 1;
    }),
    sessionOwner(sessionId: string): Person | null {
      const row = statements.sessionById.get(sessionId);
      const person = row ? statements.person.get(row.person_id) : undefined;
      return person ? toPerson(person) : null;
    },
    sessionsOf(personId: string) {
      return statements.sessionsOf.all(personId).map((row) => ({
        id: row.id,
        deviceName: row.device_name,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        revoked: row.revoked_at !== null,
      }));
    },

    /** With no officer yet, a fresh one-time link to set up the first one (older ones stop working). */
    issueSetupInviteIfNeeded(): string | null {
      if (statements.officerCount.get()!.n > 0) return null;
      statements.revokeSetupInvites.run(now());
      return issueInvite("setup", null, setupInviteTtlMs);
    },

    committeeName(committeeId: string): string | null {
      return statements.committee.get(committeeId)?.name ?? null;
    },

    createExchange: db.transaction((committeeId: string, form: ExchangeForm) => {
      const id = createId();
      statements.insertExchange.run(id, committeeId, JSON.stringify(form), now(), now());
      const invites: Record<"student" | "tutor" | "contact", string> = { student: "", tutor: "", contact: "" };
      for (const role of ["student", "tutor", "contact"] as const) {
        const personId = createId();
        const who = form[role];
        statements.insertPerson.run(personId, role, who.name, who.email, committeeId, id, now());
        invites[role] = issueExchangeInvite(personId, form);
      }
      return { id, invites };
    }),

    exchange(id: string): StoredExchange | null {
      const row = statements.exchange.get(id);
      return row ? toExchange(row) : null;
    },
    exchangesOf(committeeId: string): StoredExchange[] {
      return statements.exchangesOf.all(committeeId).map(toExchange);
    },
    peopleOf(exchangeId: string): Person[] {
      return statements.peopleOf.all(exchangeId).map(toPerson);
    },
    /** The committee's local officers, as the cover of a logbook names them. */
    officersOf(committeeId: string): { name: string; email: string }[] {
      return statements.officersOf.all(committeeId).map((row) => ({ name: row.name, email: row.email ?? "" }));
    },

    /**
     * Saves an edited form; the people's names and e-mails follow it, their invites and sessions
     * stay, and unused invites work at least until after a later last day.
     */
    updateExchange: db.transaction((id: string, form: ExchangeForm) => {
      statements.updateExchange.run(JSON.stringify(form), now(), id);
      for (const role of ["student", "tutor", "contact"] as const) statements.updatePerson.run(form[role].name, form[role].email, id, role);
      for (const person of statements.peopleOf.all(id)) statements.extendInvitesOf.run(exchangeInviteExpiresAt(form, now()), person.id, now());
    }),

    /** Cancels once; nobody can join it any more (unused invites are withdrawn), sessions stay for reading. */
    cancelExchange(id: string, reason: string): boolean {
      const cancelled = cancelInTransaction(id, reason);
      // After the commit: a transaction that threw must not leave the exchange cancelled here.
      if (cancelled) cancelledExchanges.add(id);
      return cancelled;
    },

    isExchangeCancelled(id: string): boolean {
      return cancelledExchanges.has(id);
    },

    /**
     * A short-lived invite for the same person's next device, asked for by one of their
     * sessions. The officer's invites stay valid (their link may not have been used yet); of the
     * session's own unused ones only the newest `maxUnused` stay, so a stolen phone cannot stock
     * up links, and revoking the session withdraws them.
     */
    issueDeviceInvite: db.transaction((personId: string, sessionId: string, ttlMs: number, maxUnused: number): { token: string; expiresAt: number } => {
      const token = createToken();
      const expiresAt = now() + ttlMs;
      statements.insertDeviceInvite.run(hashToken(token), personId, sessionId, now(), expiresAt);
      statements.revokeOldDeviceInvites.run(now(), sessionId, now(), maxUnused);
      return { token, expiresAt };
    }),

    /** A new invite for a person; their earlier unused invites stop working. */
    reissueInvite: db.transaction((personId: string): string => {
      statements.revokeInvitesOf.run(now(), personId);
      const form = formOfPerson(personId);
      return form ? issueExchangeInvite(personId, form) : issueInvite("person", personId);
    }),
    /**
     * The person's unused invite made by an officer (not one of their own device links): its
     * stored hash, from which the officer's device is told which link works, and its expiry.
     */
    officerMadeInvite(personId: string): { tokenHash: string; expiresAt: number } | null {
      const row = statements.officerMadeInvite.get(personId, now());
      return row ? { tokenHash: row.token_hash, expiresAt: row.expires_at } : null;
    },
    revokeInvitesOf(personId: string): number {
      return statements.revokeInvitesOf.run(now(), personId).changes;
    },

    /** A new local officer of the committee and their invite, which works for a week. */
    addOfficer: db.transaction((committeeId: string, name: string, email: string): { person: Person; token: string } => {
      const person: Person = { id: createId(), role: "officer", name, committeeId, exchangeId: null };
      statements.insertPerson.run(person.id, person.role, name, email, committeeId, null, now());
      return { person, token: issueInvite("person", person.id, officerInviteTtlMs) };
    }),
    /** The committee's local officers as people, with their e-mail. */
    officerPeopleOf(committeeId: string): (Person & { email: string })[] {
      return statements.officerPeopleOf.all(committeeId).map((row) => ({ ...toPerson(row), email: row.email ?? "" }));
    },

    /** The device key a session was opened with: its signatures must verify against it. */
    sessionPublicKey(sessionId: string): { x: string; y: string } | null {
      const row = statements.publicKey.get(sessionId);
      if (!row) return null;
      const key = JSON.parse(row.public_key) as JsonWebKey;
      return typeof key.x === "string" && typeof key.y === "string" ? { x: key.x, y: key.y } : null;
    },

    isSealed(documentName: string): boolean {
      return sealedDocuments.has(documentName);
    },
    /** Called once the transaction that seals these documents has committed. */
    noteSealed(documentNames: readonly string[]): void {
      for (const name of documentNames) sealedDocuments.add(name);
    },
  };
}
