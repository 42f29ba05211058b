// Reads configuration from the environment once, at start-up, into a plain object; nothing
// else in the server reads process.env.
import { resolve } from "node:path";
import { defaultLimits, type Limits } from "./limits";
import { defaultApplicantRetentionDays } from "./offers/applicant-retention";
import { parseTrustProxy, type TrustProxy } from "./http/client-address";

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  staticDir: string;
  publicOrigin: string | null;
  trustProxy: TrustProxy;
  metrics: { token: string | null; port: number | null; host: string };
  limits: Partial<Limits>;
  applicantRetentionDays: number;
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

/** Each limit can be set as LIMIT_<NAME_IN_CAPS>, e.g. LIMIT_MAX_FRAME_BYTES=2097152. */
function readLimits(env: NodeJS.ProcessEnv): Partial<Limits> {
  const limits: Partial<Limits> = {};
  for (const key of Object.keys(defaultLimits) as (keyof Limits)[]) {
    const variable = `LIMIT_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
    if (env[variable] !== undefined) limits[key] = integer(env[variable], defaultLimits[key], variable);
  }
  return limits;
}

function secret(value: string | undefined, name: string): string | null {
  if (!value) return null;
  if (value.length < 16) throw new Error(`${name} must be at least 16 characters long`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: integer(env.PORT, 8080, "PORT"),
    host: env.HOST || "localhost",
    dataDir: resolve(env.DATA_DIR || "data"),
    staticDir: resolve(env.STATIC_DIR || "dist"),
    publicOrigin: env.PUBLIC_ORIGIN || null,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    metrics: {
      token: secret(env.METRICS_TOKEN, "METRICS_TOKEN"),
      port: env.METRICS_PORT ? integer(env.METRICS_PORT, 0, "METRICS_PORT") : null,
      host: env.METRICS_HOST || "127.0.0.1",
    },
    limits: readLimits(env),
    applicantRetentionDays: integer(env.APPLICANT_RETENTION_DAYS, defaultApplicantRetentionDays, "APPLICANT_RETENTION_DAYS"),
  };
}
