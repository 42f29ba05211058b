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
import { createMetricsEndpoint, type MetricsOptions } from "./http/metrics-endpoint";
import { createRegistry } from "./auth/registry";
import { createRooms } from "./rooms/rooms";
import { createDocumentWork } from "./work/document-work";
import { createDocumentActivity } from "./rooms/document-activity";
import { createSyncEndpoint } from "./sync-endpoint";
import { defaultLimits, type Limits } from "./limits";
import { apiRoutes } from "./api/routes";
import { createApiRateLimits } from "./api/rate-limits";
import { clientAddress, type TrustProxy } from "./http/client-address";
import { loadOrCreateAttestationKey, type AttestationKey } from "./evaluation/attestation-key";
import { createEvaluationRecords } from "./evaluation/evaluation-records";
import { createEvaluationService } from "./evaluation/evaluation-service";
import { HttpError, sendJson } from "./api/json";
import { ContentUnavailable, createStoredContent } from "./api/stored-document";
import { closeCodes } from "./protocol/close-codes";
import { createMemoryStorage } from "./storage/memory-storage";
import { createSqliteStorage, openSqliteDatabase } from "./storage/sqlite-storage";
import type { DocStorage, StorageOptions } from "./storage/doc-storage";
import { createSqliteOfferStore } from "./offers/sqlite-offer-store";
import { defaultApplicantRetentionDays, scheduleApplicantRetention } from "./offers/applicant-retention";

export interface SyncServerOptions {
  port: number;
  host: string;
  /** Built app to serve; null serves only the API and sync endpoint. */
  staticDir: string | null;
  /** Folder for the SQLite database; null keeps everything in memory. */
  dataDir: string | null;
  publicOrigin?: string | null;
  limits?: Partial<Limits>;
  /** Which proxies' X-Forwarded-For to believe; trusts none by default. */
  trustProxy?: TrustProxy;
  storage?: StorageOptions;
  /** Who may read /metrics, and where (not served unless configured). */
  metrics?: MetricsOptions;
  /** Days after a tutor's choice when the other applicants' data is deleted. */
  applicantRetentionDays?: number;
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
    storage = createSqliteStorage("", { ...options.storage, db, compactInWorker: true });
  } else {
    db = new Database(":memory:");
    storage = createMemoryStorage(options.storage);
  }
  const registry = createRegistry(db);
  const offers = createSqliteOfferStore(db);
  const retention = scheduleApplicantRetention(offers, options.applicantRetentionDays ?? defaultApplicantRetentionDays, log);
  // Made on first use and kept in the database: the first certificate, or a verifier asking.
  let attestation: Promise<AttestationKey> | null = null;
  const attestationKey = () =>
    (attestation ??= loadOrCreateAttestationKey(db).catch((error: unknown) => {
      attestation = null;
      throw error;
    }));
  const metrics = createMetrics();
  const metricsEndpoint = createMetricsEndpoint(metrics, options.metrics);
  const activity = createDocumentActivity(db);
  const work = createDocumentWork({ workers: limits.documentWorkers, inlineBelowBytes: limits.inlineDocumentBytes });
  const content = createStoredContent({ storage, work, activity, sqliteFile: options.dataDir ? db.name : null });
  const evaluations = createEvaluationService({ registry, records: createEvaluationRecords(db), content, attestationKey });
  const rooms = createRooms({
    storage,
    work,
    metrics,
    maxDocumentBytes: limits.maxDocumentBytes,
    maxClockRanges: limits.maxClockRanges,
    maxQueuedJobs: limits.maxQueuedSyncAnswers,
    log,
    onCommitted: activity.touch,
  });
  const trustProxy: TrustProxy = options.trustProxy ?? { kind: "none" };
  const sync = createSyncEndpoint({ registry, rooms, limits, metrics, trustProxy, log });
  const serveStatic = options.staticDir ? createStaticHandler(options.staticDir) : null;
  const rateLimits = createApiRateLimits(limits);

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    applySecurityHeaders(response);
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/healthz") {
      const writable = await storage.checkWritable().catch(() => false);
      return sendJson(response, writable ? 200 : 503, { ok: writable, storage: writable ? "writable" : "not writable" });
    }
    if (url.pathname === "/metrics") return metricsEndpoint.serveOnAppPort(request, response);
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
          clientAddress: clientAddress(request, trustProxy),
          registry,
          limits,
          storage,
          content,
          activity,
          evaluations,
          attestationKey,
          publicOrigin: options.publicOrigin ?? null,
          rateLimits,
          offers,
          revokeSessionSockets: sync.revokeSession,
        });
      } catch (error) {
        // One exchange's documents could not be read: that request fails, clearly, and nothing else.
        if (error instanceof ContentUnavailable) return sendJson(response, 503, { error: `document-${error.reason}`, message: error.message });
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
    offers,
    rooms,
    storage,
    activity,
    async listen(): Promise<{ port: number; url: string }> {
      await metricsEndpoint.listen();
      return new Promise((resolve, reject) => {
        http.once("error", reject);
        http.listen(options.port, options.host, () => {
          const { port } = http.address() as AddressInfo;
          resolve({ port, url: `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${port}` });
        });
      });
    },
    /** The separate /metrics listener's address, if METRICS_PORT asked for one. */
    metricsAddress: () => metricsEndpoint.address(),
    /** Stops accepting, lets pending commits finish, then closes sockets with 1001 and storage. */
    close(): Promise<void> {
      closing ??= (async () => {
        sync.stopAccepting();
        retention.stop();
        const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
        await rooms.settleAll();
        sync.closeAll(closeCodes.goingAway, "server shutting down");
        http.closeIdleConnections();
        await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 2000))]);
        http.closeAllConnections();
        await metricsEndpoint.close();
        metrics.close();
        await storage.close();
        await work.close();
        activity.close();
        db.close();
      })();
      return closing;
    },
  };
}
