// The server's officer endpoints as typed calls with the officer's session token. Errors carry
// the server's message for people, and a rejected form carries its problems per field, in the
// same codes the form's own validation uses.
import { ApiError } from "../session/invite-api";
import type { ExchangeForm, FieldProblems } from "./exchange-form";
import type { DashboardSummary } from "./dashboard-row";

export type InviteRole = "student" | "tutor" | "contact";
export const inviteRoles: readonly InviteRole[] = ["student", "tutor", "contact"];
export type InviteLinks = Record<InviteRole, string>;

export interface DeviceSession {
  id: string;
  deviceName: string | null;
  createdAt: number;
  expiresAt: number;
  revoked: boolean;
}

export interface ExchangePerson {
  id: string;
  role: InviteRole;
  name: string;
  sessions: DeviceSession[];
  /** When the person's unused invite expires; null when there is none that still works. */
  inviteExpiresAt: number | null;
  /** The non-secret name of the link that works (src/exchanges/invite-fingerprint.ts), or null. */
  inviteId: string | null;
}

/** A local officer of the committee, with their devices and the invite of one not joined yet. */
export interface OfficerEntry {
  id: string;
  name: string;
  email: string;
  sessions: DeviceSession[];
  inviteExpiresAt: number | null;
  inviteId: string | null;
}

export interface CommitteeOfficers {
  /** The session of the asking device, so it is shown as this device rather than offered to sign out. */
  currentSessionId: string;
  officers: OfficerEntry[];
}

export interface ExchangeRecord {
  id: string;
  committeeId: string;
  form: ExchangeForm;
  createdAt: number;
  updatedAt: number;
  cancelledReason: string | null;
}

export interface ExchangeDetail extends ExchangeRecord {
  people: ExchangePerson[];
}

/** The server said the form is not valid; `fields` maps field paths to problems. */
export class FormRejected extends ApiError {
  constructor(
    message: string,
    readonly fields: FieldProblems,
  ) {
    super(400, "invalid-exchange", message);
  }
}

async function call<T>(token: string, method: "GET" | "POST" | "PUT", path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      cache: "no-store",
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, "offline", "");
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status === 400 && data.error === "invalid-exchange") throw new FormRejected(String(data.message ?? ""), (data.fields ?? {}) as FieldProblems);
  if (!response.ok) throw new ApiError(response.status, String(data.error ?? "error"), String(data.message ?? response.statusText));
  return data as T;
}

export function createExchangesApi(token: string) {
  return {
    summary: () => call<DashboardSummary>(token, "GET", "/api/summary"),
    list: () => call<{ exchanges: ExchangeRecord[] }>(token, "GET", "/api/exchanges"),
    read: (id: string) => call<ExchangeDetail>(token, "GET", `/api/exchanges/${encodeURIComponent(id)}`),
    create: (form: ExchangeForm) => call<{ exchange: ExchangeDetail; invites: InviteLinks }>(token, "POST", "/api/exchanges", form),
    update: (id: string, form: ExchangeForm) => call<ExchangeDetail>(token, "PUT", `/api/exchanges/${encodeURIComponent(id)}`, form),
    cancel: (id: string, reason: string) => call<ExchangeDetail>(token, "POST", `/api/exchanges/${encodeURIComponent(id)}/cancel`, { reason }),
    reissueInvite: (id: string, role: InviteRole) =>
      call<{ role: InviteRole; invite: string }>(token, "POST", `/api/exchanges/${encodeURIComponent(id)}/invites/${role}`),
    officers: () => call<CommitteeOfficers>(token, "GET", "/api/officers"),
    inviteOfficer: (name: string, email: string) => call<{ officerId: string; invite: string }>(token, "POST", "/api/officers", { name, email }),
    revokeSession: (sessionId: string) => call<{ revoked: boolean }>(token, "POST", `/api/sessions/${encodeURIComponent(sessionId)}/revoke`),
    revokeInvite: (id: string, role: InviteRole) => call<{ revoked: number }>(token, "POST", `/api/exchanges/${encodeURIComponent(id)}/invites/${role}/revoke`),
  };
}

export type ExchangesApi = ReturnType<typeof createExchangesApi>;
