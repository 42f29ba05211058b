// The whole server, wired: storage, registry, rooms, the sync endpoint, the API and the static
// app. All state hangs off the object createSyncServer returns, so a test can run several in one
// process; nothing lives at module level.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import Database from "better-sqlite3";
import { applySecurityHeaders } from "./http/security-headers";
import { createStaticHandler } from "./http/static-files";
import { createMetrics } from "./http/metrics";
import { createRegistry } from "./auth/registry";
import { createRooms } from "./rooms/rooms";
import { createDocumentActivity } from "./rooms/document-activity";
import { createSyncEndpoint } from "./sync-endpoint";
import { defaultLimits, type Limits } from "./limits";
import { apiRoutes } from "./api/routes";
import { loadOrCreateAttestationKey, type AttestationKey } from "./evaluation/attestation-key";
import { createEvaluationRecords } from "./evaluation/evaluation-records";
import { createEvaluationService } from "./evaluation/evaluation-service";
import { HttpError, sendJson } from "./api/json";
import { closeCodes } from "./protocol/close-codes";
import { createMemoryStorage } from "./storage/memory-storage";
import { createSqliteStorage, openSqliteDatabase } from "./storage/sqlite-storage";
import type { DocStorage, StorageOptions } from "./storage/doc-storage";

export interface SyncServerOptions {
  port: number;
  host: string;
  /** Built app to serve; null serves only the API and sync endpoint. */
  staticDir: string | null;
  /** Folder for the SQLite database; null keeps everything in memory. */
  dataDir: string | null;
  publicOrigin?: string | null;
  limits?: Partial<Limits>;
  storage?: StorageOptions;
  log?: (message: string) => void;
}

export type SyncServer = ReturnType<typeof createSyncServer>;

export function createSyncServer(options: SyncServerOptions) {
  const log = options.log ?? ((message: string) => console.log(message));
  const limits: Limits = { ...defaultLimits, ...options.limits };
  let db: Database.Database;
  let storage: DocStorage;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    db = openSqliteDatabase(join(options.dataDir, "logbook.sqlite"));
    storage = createSqliteStorage("", { ...options.storage, db });
  } else {
    db = new Database(":memory:");
    storage = createMemoryStorage(options.storage);
  }
  const registry = createRegistry(db);
  // Made on first use and kept in the database: the first certificate, or a verifier asking.
  let attestation: Promise<AttestationKey> | null = null;
  const attestationKey = () =>
    (attestation ??= loadOrCreateAttestationKey(db).catch((error: unknown) => {
      attestation = null;
      throw error;
    }));
  const evaluations = createEvaluationService({ registry, records: createEvaluationRecords(db), storage, attestationKey });
  const metrics = createMetrics();
  const activity = createDocumentActivity(db);
  const rooms = createRooms({ storage, metrics, maxDocumentBytes: limits.maxDocumentBytes, log, onCommitted: activity.touch });
  const sync = createSyncEndpoint({ registry, rooms, limits, metrics, log });
  const serveStatic = options.staticDir ? createStaticHandler(options.staticDir) : null;

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    applySecurityHeaders(response);
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/healthz") {
      const writable = await storage.checkWritable().catch(() => false);
      return sendJson(response, writable ? 200 : 503, { ok: writable, storage: writable ? "writable" : "not writable" });
    }
    if (url.pathname === "/metrics") {
      response.setHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
      response.setHeader("Cache-Control", "no-store");
      return void response.end(metrics.render());
    }
    if (url.pathname.startsWith("/api/")) {
      const route = apiRoutes.find((r) => r.method === request.method && r.path.test(url.pathname));
      if (!route) {
        const known = apiRoutes.some((r) => r.path.test(url.pathname));
        return sendJson(response, known ? 405 : 404, { error: known ? "method-not-allowed" : "not-found", message: known ? "Method not allowed." : "Not found." });
      }
      const params = (route.path.exec(url.pathname) ?? []).slice(1);
      try {
        await route.handle({
          request,
          response,
          url,
          params,
          registry,
          limits,
          storage,
          activity,
          evaluations,
          attestationKey,
          publicOrigin: options.publicOrigin ?? null,
          revokeSessionSockets: sync.revokeSession,
        });
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        sendJson(response, error.status, { error: error.code, message: error.message, ...error.details });
      }
      return;
    }
    if (!serveStatic) return sendJson(response, 404, { error: "not-found", message: "Not found." });
    await serveStatic(request, response, url.pathname);
  };

  const http = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) sendJson(response, 500, { error: "internal", message: "Something went wrong on the server." });
      else response.end();
    });
  });
  http.on("upgrade", (request, socket, head) => sync.handleUpgrade(request, socket, head));
  http.headersTimeout = 10_000;
  http.requestTimeout = 30_000;

  let closing: Promise<void> | null = null;
  return {
    registry,
    rooms,
    storage,
    activity,
    listen: () =>
      new Promise<{ port: number; url: string }>((resolve, reject) => {
        http.once("error", reject);
        http.listen(options.port, options.host, () => {
          const { port } = http.address() as AddressInfo;
          resolve({ port, url: `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${port}` });
        });
      }),
    /** Stops accepting, lets pending commits finish, then closes sockets with 1001 and storage. */
    close(): Promise<void> {
      closing ??= (async () => {
        sync.stopAccepting();
        const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
        await rooms.settleAll();
        sync.closeAll(closeCodes.goingAway, "server shutting down");
        http.closeIdleConnections();
        await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 2000))]);
        http.closeAllConnections();
        await storage.close();
        activity.close();
        db.close();
      })();
      return closing;
    },
  };
}
