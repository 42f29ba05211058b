// The officer's data: exchanges, invites and the dashboard come from the server's API (the
// officer is usually online), and the last answer of each read is kept in Dexie so it stays
// readable offline, marked with when it was fetched. Invite links exist only when issued (the
// server keeps only hashes), so the links this device was given are kept too, until replaced
// or withdrawn, and shown only while the server names that very link as the one that works (an
// officer's other device may have made a newer one).
import { useServices } from "../app/services";
import type { LogbookDatabase, SessionRecord } from "../db/schema";
import { ApiError } from "../session/invite-api";
import type { ExchangeForm } from "./exchange-form";
import type { DashboardSummary } from "./dashboard-row";
import { createExchangesApi, inviteRoles, type CommitteeOfficers, type ExchangeDetail, type InviteLinks, type InviteRole } from "./exchanges-api";
import { inviteIdOfLink } from "./invite-fingerprint";
import { knownContactsOf, type KnownContact } from "./known-contacts";

export interface Fetched<T> {
  body: T;
  fetchedAt: number;
  /** The server could not be reached: this is the copy kept from `fetchedAt`. */
  fromCache: boolean;
}

export interface IssuedInvite {
  link: string;
  issuedAt: number;
  /** The link's non-secret name, compared with the server's `inviteId` of the person. */
  inviteId: string;
}
export type IssuedInvites = Partial<Record<InviteRole, IssuedInvite>>;

export interface OfficerStore {
  summary(): Promise<Fetched<DashboardSummary>>;
  exchange(id: string): Promise<Fetched<ExchangeDetail>>;
  create(form: ExchangeForm): Promise<ExchangeDetail>;
  update(id: string, form: ExchangeForm): Promise<ExchangeDetail>;
  cancel(id: string, reason: string): Promise<ExchangeDetail>;
  issuedInvites(id: string): Promise<IssuedInvites>;
  /** The committee's officers and their devices. */
  officers(): Promise<Fetched<CommitteeOfficers>>;
  /** Invites another officer of the committee; the link is kept here like an exchange's. */
  inviteOfficer(name: string, email: string): Promise<void>;
  /** Links this device holds for officers who have not joined yet, by officer id. */
  officerInvites(): Promise<Record<string, IssuedInvite>>;
  /** Signs out a device of the committee (any officer's, or a person's of its exchanges). */
  revokeSession(sessionId: string): Promise<void>;
  /** The committee's contact persons (from its exchanges), also offline from the last answer. */
  knownContacts(): Promise<KnownContact[]>;
  reissueInvite(id: string, role: InviteRole): Promise<IssuedInvite>;
  revokeInvite(id: string, role: InviteRole): Promise<void>;
}

/** No answer from the server at all (offline, server down), as opposed to a refusal. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

export function useOfficerStore(session: Pick<SessionRecord, "personId" | "token">): OfficerStore {
  return createOfficerStore(useServices().db, session);
}

export function createOfficerStore(db: LogbookDatabase, session: Pick<SessionRecord, "personId" | "token">): OfficerStore {
  const api = createExchangesApi(session.token);
  const key = (name: string) => `officer:${session.personId}:${name}`;

  async function readThrough<T>(name: string, fetch: () => Promise<T>): Promise<Fetched<T>> {
    try {
      const body = await fetch();
      const fetchedAt = Date.now();
      await db.cachedResponses.put({ key: key(name), fetchedAt, body });
      return { body, fetchedAt, fromCache: false };
    } catch (error) {
      const cached = isUnreachable(error) ? await db.cachedResponses.get(key(name)) : undefined;
      if (!cached) throw error;
      return { body: cached.body as T, fetchedAt: cached.fetchedAt, fromCache: true };
    }
  }

  const keptInvites = async (id: string) => ((await db.cachedResponses.get(key(`invites:${id}`)))?.body ?? {}) as Partial<Record<InviteRole, Omit<IssuedInvite, "inviteId">>>;
  // Links kept before they carried their name get it here.
  const issuedInvites = async (id: string): Promise<IssuedInvites> => {
    const kept = Object.entries(await keptInvites(id)) as [InviteRole, Omit<IssuedInvite, "inviteId">][];
    return Object.fromEntries(await Promise.all(kept.map(async ([role, invite]) => [role, { ...invite, inviteId: await inviteIdOfLink(invite.link) }])));
  };
  const saveInvites = async (id: string, change: (invites: IssuedInvites) => IssuedInvites) => {
    const next = change(await issuedInvites(id));
    await db.cachedResponses.put({ key: key(`invites:${id}`), fetchedAt: Date.now(), body: next });
  };
  const officerInvites = async () => ((await db.cachedResponses.get(key("officer-invites")))?.body ?? {}) as Record<string, IssuedInvite>;
  const remember = async (detail: ExchangeDetail) => {
    await db.cachedResponses.put({ key: key(`exchange:${detail.id}`), fetchedAt: Date.now(), body: detail });
    return detail;
  };

  return {
    summary: () => readThrough("summary", api.summary),
    exchange: (id) => readThrough(`exchange:${id}`, () => api.read(id)),
    async create(form) {
      const { exchange, invites } = await api.create(form);
      const issuedAt = Date.now();
      const issued = await Promise.all(inviteRoles.map(async (role) => [role, { link: (invites as InviteLinks)[role], issuedAt, inviteId: await inviteIdOfLink((invites as InviteLinks)[role]) }]));
      await saveInvites(exchange.id, () => Object.fromEntries(issued));
      return remember(exchange);
    },
    update: async (id, form) => remember(await api.update(id, form)),
    async cancel(id, reason) {
      const detail = await remember(await api.cancel(id, reason));
      await saveInvites(id, () => ({}));
      return detail;
    },
    issuedInvites,
    officers: () => readThrough("officers", api.officers),
    async inviteOfficer(name, email) {
      const { officerId, invite } = await api.inviteOfficer(name, email);
      const kept = await officerInvites();
      kept[officerId] = { link: invite, issuedAt: Date.now(), inviteId: await inviteIdOfLink(invite) };
      await db.cachedResponses.put({ key: key("officer-invites"), fetchedAt: Date.now(), body: kept });
    },
    officerInvites: () => officerInvites(),
    revokeSession: async (sessionId) => void (await api.revokeSession(sessionId)),
    async knownContacts() {
      const listed = await readThrough("exchanges", api.list).catch(() => null);
      return knownContactsOf(listed?.body.exchanges.map((exchange) => exchange.form) ?? []);
    },
    async reissueInvite(id, role) {
      const { invite } = await api.reissueInvite(id, role);
      const issued = { link: invite, issuedAt: Date.now(), inviteId: await inviteIdOfLink(invite) };
      await saveInvites(id, (invites) => ({ ...invites, [role]: issued }));
      return issued;
    },
    async revokeInvite(id, role) {
      await api.revokeInvite(id, role);
      await saveInvites(id, (invites) => {
        const rest = { ...invites };
        delete rest[role];
        return rest;
      });
    },
  };
}
