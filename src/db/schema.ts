// Device-local data, in Dexie. Nothing here is the only copy of shared data: shared data lives in
// Yjs documents (y-indexeddb on this device, the sync server durably). Each schema change adds a
// new `version(n)` below and never edits an old one, so existing devices upgrade in place.
import Dexie, { type EntityTable } from "dexie";

export type Role = "student" | "tutor" | "contact" | "officer";

/** The one identity of this device; its private key is non-extractable, so it never leaves. */
export interface DeviceIdentity {
  id: "this-device";
  deviceId: string;
  publicKeyJwk: JsonWebKey;
  privateKey: CryptoKey;
  createdAt: number;
}

/** What a person's device knows of their exchange, refreshed from the server when online. */
export interface SessionExchange {
  id: string;
  kind: "research" | "professional";
  projectTitle: string;
  studentName: string;
  tutorName: string;
  startDate: string;
  endDate: string;
}

/** A redeemed invite: who this device acts as, and the token the server knows it by. */
export interface SessionRecord {
  personId: string;
  role: Role;
  name: string;
  token: string;
  exchangeId?: string;
  localCommitteeId?: string;
  title: string;
  exchange?: SessionExchange;
  /** The server no longer accepts this session (revoked or expired): the person must rejoin. */
  accessLost?: boolean;
  createdAt: number;
}

export type DocumentAccess = "read" | "write";

/** A Yjs document this device keeps a copy of, and what the server last said it holds. */
export interface FollowedDocument {
  name: string;
  personId: string;
  access: DocumentAccess;
  durableStateVector?: Uint8Array;
  lastSyncedAt?: number;
}

/** Work that must reach the server later (signatures), kept until the server accepts it. */
export interface OutboxItem {
  id?: number;
  kind: string;
  personId: string;
  payload: unknown;
  createdAt: number;
  lastError?: string;
}

/** The last answer of a server query (the officer's lists and dashboard), for reading offline. */
export interface CachedResponse {
  key: string;
  fetchedAt: number;
  body: unknown;
}

/** A form typed on this device and not yet sent (a new exchange), kept until the server has it. */
export interface DraftRecord {
  key: string;
  savedAt: number;
  body: unknown;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type LogbookDatabase = Dexie & {
  device: EntityTable<DeviceIdentity, "id">;
  sessions: EntityTable<SessionRecord, "personId">;
  followed: EntityTable<FollowedDocument, "name">;
  outbox: EntityTable<OutboxItem, "id">;
  settings: EntityTable<SettingRecord, "key">;
  cachedResponses: EntityTable<CachedResponse, "key">;
  drafts: EntityTable<DraftRecord, "key">;
};

export function openLogbookDatabase(name = "academic-quality-logbook"): LogbookDatabase {
  const db = new Dexie(name) as LogbookDatabase;
  db.version(1).stores({
    device: "id",
    sessions: "personId, role, exchangeId",
    followed: "name, personId",
    outbox: "++id, kind, personId",
    settings: "key",
  });
  db.version(2).stores({ cachedResponses: "key" });
  db.version(3).stores({ drafts: "key" });
  return db;
}
