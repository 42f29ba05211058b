// The server's invite endpoints, as typed calls. Errors carry the server's message, which is
// written for people ("This invite link has already been used…").
import type { Role, SessionExchange } from "../db/schema";

/** What the server says of a person's exchange; the device keeps it with the session. */
export type ExchangeSummary = SessionExchange;

export type InvitePreview =
  | { setup: true; role: "officer" }
  | { setup: false; role: Role; name: string; committeeName: string | null; exchange: ExchangeSummary | null };

export interface JoinedSession {
  sessionToken: string;
  sessionId: string;
  personId: string;
  committeeId: string;
  role: Role;
  name: string;
  committeeName: string | null;
  exchange: ExchangeSummary | null;
  documents: { name: string; access: "read" | "write" }[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function postJson<T>(path: string, body: unknown, token?: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "offline", "");
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new ApiError(response.status, String(data.error ?? "error"), String(data.message ?? response.statusText));
  return data as T;
}

export const previewInvite = (token: string) => postJson<InvitePreview>("/api/invites/preview", { token });

export const redeemInvite = (request: { token: string; publicKey: JsonWebKey; deviceName: string; name?: string; committeeName?: string }) =>
  postJson<JoinedSession>("/api/invites/redeem", request);

export const createDeviceInvite = (sessionToken: string) =>
  postJson<{ invite: string; expiresAt: number }>("/api/me/device-invite", {}, sessionToken);
