// What every API handler gets: the registry, the request's parsed URL and its authenticated
// session (looked up only when a handler asks for it).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Registry, Session } from "../auth/registry";
import type { Limits } from "../limits";
import type { DocStorage } from "../storage/doc-storage";
import type { DocumentActivity } from "../rooms/document-activity";
import type { EvaluationService } from "../evaluation/evaluation-service";
import type { AttestationKey } from "../evaluation/attestation-key";
import { HttpError, forbidden, unauthorized } from "./json";
import { isWellFormedToken } from "../auth/tokens";
import type { ApiRateLimits } from "./rate-limits";
import type { StoredContent } from "./stored-document";
import type { OfferStore } from "../offers/offer-store";

export interface ApiContext {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  params: string[];
  /** The client's address, from X-Forwarded-For only when TRUST_PROXY trusts the proxy. */
  clientAddress: string;
  registry: Registry;
  limits: Limits;
  storage: DocStorage;
  /** Document content, read safely and kept until it changes. */
  content: StoredContent;
  activity: DocumentActivity;
  evaluations: EvaluationService;
  attestationKey(): Promise<AttestationKey>;
  publicOrigin: string | null;
  rateLimits: ApiRateLimits;
  /** Project offers, applications and applicants' files. */
  offers: OfferStore;
  revokeSessionSockets(sessionId: string): void;
}

export function bearerSession(context: ApiContext): Session {
  const header = context.request.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7).trim() : "";
  if (!isWellFormedToken(token)) throw unauthorized();
  const result = context.registry.authenticate(token);
  if (result.status !== "ok") throw unauthorized();
  return result.session;
}

export function officerSession(context: ApiContext): Session {
  const session = bearerSession(context);
  if (session.person.role !== "officer") throw forbidden();
  return session;
}

/** Where invite links point: the configured public origin, else the address the officer used. */
export function originOf(context: ApiContext): string {
  if (context.publicOrigin) return context.publicOrigin.replace(/\/$/, "");
  const host = context.request.headers.host;
  if (!host || !/^[A-Za-z0-9.:[\]-]+$/.test(host)) throw new HttpError(400, "bad-host", "Set PUBLIC_ORIGIN: the Host header is missing or invalid.");
  return `http://${host}`;
}

export const inviteLink = (origin: string, token: string) => `${origin}/join#${token}`;
