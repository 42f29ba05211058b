// The embedded offer store: three tables in the server's SQLite file. Records keep their
// variable parts as JSON; the columns are what is looked up or must be unique (one application
// per e-mail per offer is a UNIQUE index, so two requests racing cannot both get in).
import type Database from "better-sqlite3";
import { DuplicateApplication, type CallRequest, type OfferPatch, type OfferStore, type StoredApplication, type StoredOffer } from "./offer-store";
import type { ApplicationFileKind } from "../../../src/offers/application-form";

function migrate(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS offers (
      id TEXT PRIMARY KEY,
      committee_id TEXT NOT NULL,
      link_hash TEXT UNIQUE,
      link_redeemed INTEGER NOT NULL DEFAULT 0,
      access_hash TEXT UNIQUE,
      record TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS offers_by_committee ON offers (committee_id);
    CREATE TABLE IF NOT EXISTS offer_applications (
      id TEXT PRIMARY KEY,
      offer_id TEXT NOT NULL,
      email_key TEXT NOT NULL,
      token_hash TEXT UNIQUE,
      record TEXT NOT NULL,
      UNIQUE (offer_id, email_key)
    );
    CREATE TABLE IF NOT EXISTS offer_application_files (
      application_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      bytes BLOB NOT NULL,
      PRIMARY KEY (application_id, kind)
    );
  `);
}

export function createSqliteOfferStore(db: Database.Database): OfferStore {
  migrate(db);
  const offerRow = (row: { record: string } | undefined) => (row ? (JSON.parse(row.record) as StoredOffer) : null);
  const applicationRow = (row: { record: string } | undefined) => (row ? (JSON.parse(row.record) as StoredApplication) : null);
  const q = {
    insertOffer: db.prepare("INSERT INTO offers (id, committee_id, link_hash, record) VALUES (?, ?, ?, ?)"),
    offer: db.prepare<[string], { record: string }>("SELECT record FROM offers WHERE id = ?"),
    offersOf: db.prepare<[string], { record: string }>("SELECT record FROM offers WHERE committee_id = ? ORDER BY rowid"),
    decidedBefore: db.prepare<[number], { record: string }>("SELECT record FROM offers WHERE json_extract(record, '$.decidedAt') < ? ORDER BY rowid"),
    saveOffer: db.prepare("UPDATE offers SET record = ? WHERE id = ?"),
    replaceLink: db.prepare("UPDATE offers SET link_hash = ?, link_redeemed = 0, access_hash = NULL WHERE id = ?"),
    byLink: db.prepare<[string], { record: string }>("SELECT record FROM offers WHERE link_hash = ? AND link_redeemed = 0"),
    redeem: db.prepare("UPDATE offers SET link_redeemed = 1, access_hash = ? WHERE link_hash = ? AND link_redeemed = 0"),
    byAccess: db.prepare<[string], { record: string }>("SELECT record FROM offers WHERE access_hash = ?"),
    insertApplication: db.prepare("INSERT INTO offer_applications (id, offer_id, email_key, token_hash, record) VALUES (?, ?, ?, ?, ?)"),
    insertFile: db.prepare("INSERT INTO offer_application_files (application_id, kind, bytes) VALUES (?, ?, ?)"),
    application: db.prepare<[string], { record: string }>("SELECT record FROM offer_applications WHERE id = ?"),
    byToken: db.prepare<[string], { record: string }>("SELECT record FROM offer_applications WHERE token_hash = ?"),
    applicationsOf: db.prepare<[string], { record: string }>("SELECT record FROM offer_applications WHERE offer_id = ? ORDER BY rowid"),
    saveApplication: db.prepare("UPDATE offer_applications SET record = ? WHERE id = ?"),
    file: db.prepare<[string, string], { bytes: Buffer }>("SELECT bytes FROM offer_application_files WHERE application_id = ? AND kind = ?"),
    deleteFiles: db.prepare("DELETE FROM offer_application_files WHERE application_id = ?"),
    deleteApplication: db.prepare("DELETE FROM offer_applications WHERE id = ?"),
  };
  const addApplication = db.transaction((application: StoredApplication, emailKey: string, tokenHash: string | null, files: Partial<Record<ApplicationFileKind, Uint8Array>>) => {
    q.insertApplication.run(application.id, application.offerId, emailKey, tokenHash, JSON.stringify(application));
    for (const [kind, bytes] of Object.entries(files)) q.insertFile.run(application.id, kind, Buffer.from(bytes));
  });
  const deleteApplications = db.transaction((ids: readonly string[]) => {
    let deleted = 0;
    for (const id of ids) {
      q.deleteFiles.run(id);
      deleted += q.deleteApplication.run(id).changes;
    }
    return deleted;
  });
  return {
    async createOffer(offer, linkHash) {
      q.insertOffer.run(offer.id, offer.committeeId, linkHash, JSON.stringify(offer));
    },
    async offer(id) {
      return offerRow(q.offer.get(id));
    },
    async offersOf(committeeId) {
      return q.offersOf.all(committeeId).map((row) => offerRow(row) as StoredOffer);
    },
    async offersDecidedBefore(at) {
      return q.decidedBefore.all(at).map((row) => offerRow(row) as StoredOffer);
    },
    async updateOffer(id: string, patch: OfferPatch) {
      const current = offerRow(q.offer.get(id));
      if (current) q.saveOffer.run(JSON.stringify({ ...current, ...patch }), id);
    },
    async replaceLink(offerId, linkHash) {
      q.replaceLink.run(linkHash, offerId);
    },
    async offerByLink(linkHash) {
      return offerRow(q.byLink.get(linkHash));
    },
    async redeemLink(linkHash, accessHash) {
      return q.redeem.run(accessHash, linkHash).changes === 1;
    },
    async offerByAccess(accessHash) {
      return offerRow(q.byAccess.get(accessHash));
    },
    async addApplication(application, emailKey, tokenHash, files) {
      try {
        addApplication(application, emailKey, tokenHash, files);
      } catch (error) {
        if (error instanceof Error && "code" in error && String(error.code).startsWith("SQLITE_CONSTRAINT")) throw new DuplicateApplication();
        throw error;
      }
    },
    async application(id) {
      return applicationRow(q.application.get(id));
    },
    async applicationByToken(tokenHash) {
      return applicationRow(q.byToken.get(tokenHash));
    },
    async applicationsOf(offerId) {
      return q.applicationsOf.all(offerId).map((row) => applicationRow(row) as StoredApplication);
    },
    async setCall(applicationId: string, call: CallRequest | null) {
      const current = applicationRow(q.application.get(applicationId));
      if (current) q.saveApplication.run(JSON.stringify({ ...current, call }), applicationId);
    },
    async file(applicationId, kind) {
      const row = q.file.get(applicationId, kind);
      return row ? new Uint8Array(row.bytes) : null;
    },
    async deleteApplications(ids) {
      return deleteApplications(ids);
    },
    async close() {},
  };
}
