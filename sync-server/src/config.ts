// Reads configuration from the environment once, at start-up, into a plain object; nothing
// else in the server reads process.env.
import { resolve } from "node:path";

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  staticDir: string;
  publicOrigin: string | null;
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: integer(env.PORT, 8080, "PORT"),
    host: env.HOST || "localhost",
    dataDir: resolve(env.DATA_DIR || "data"),
    staticDir: resolve(env.STATIC_DIR || "dist"),
    publicOrigin: env.PUBLIC_ORIGIN || null,
  };
}
