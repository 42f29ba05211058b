// Invite and session tokens: 128 random bits, shown once, stored only as SHA-256 hashes, so a
// copy of the database lets nobody in. Hashes are compared in the database by equality; a
// timing side channel would need the hash preimage anyway.
import { createHash, randomBytes } from "node:crypto";

export const tokenPattern = /^[A-Za-z0-9_-]{22}$/;

export function createToken(): string {
  return randomBytes(16).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isWellFormedToken(value: unknown): value is string {
  return typeof value === "string" && tokenPattern.test(value);
}

export function createId(): string {
  return randomBytes(9).toString("base64url");
}
