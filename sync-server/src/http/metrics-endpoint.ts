// Where /metrics is served. Its figures (connections, documents, traffic) are nothing for the
// public, so by default nobody gets them; an operator opens them either on the app's port with a
// bearer token (METRICS_TOKEN) or on a listener of their own (METRICS_PORT), which binds to the
// loopback interface unless METRICS_HOST says otherwise.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createHash, timingSafeEqual } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Metrics } from "./metrics";
import { sendJson } from "../api/json";

export interface MetricsOptions {
  /** Required as `Authorization: Bearer <token>` for /metrics on the app's port. */
  token?: string | null;
  /** A separate listener for /metrics only (0: any free port). */
  port?: number | null;
  host?: string;
}

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

export function createMetricsEndpoint(metrics: Metrics, options: MetricsOptions = {}) {
  const expected = options.token ? digest(`Bearer ${options.token}`) : null;
  let listener: Server | null = null;

  const render = (response: ServerResponse) => {
    response.statusCode = 200;
    response.setHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.end(metrics.render());
  };

  return {
    /** /metrics on the app's port: with the right bearer token, else 401, or 404 when no token is configured. */
    serveOnAppPort(request: IncomingMessage, response: ServerResponse): void {
      if (!expected) return sendJson(response, 404, { error: "not-found", message: "Not found." });
      // Equal-length digests, so the comparison says nothing about how much of a guess was right.
      if (!timingSafeEqual(digest(request.headers.authorization ?? ""), expected)) return sendJson(response, 401, { error: "unauthorized", message: "Unauthorized." });
      render(response);
    },
    listen(): Promise<void> {
      if (options.port === null || options.port === undefined) return Promise.resolve();
      const server = createServer((request, response) => {
        if (request.method === "GET" && new URL(request.url ?? "/", "http://localhost").pathname === "/metrics") return render(response);
        sendJson(response, 404, { error: "not-found", message: "Not found." });
      });
      listener = server;
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port as number, options.host ?? "127.0.0.1", () => resolve());
      });
    },
    address(): { host: string; port: number } | null {
      const address = listener?.address() as AddressInfo | null | undefined;
      return address ? { host: address.address, port: address.port } : null;
    },
    close(): Promise<void> {
      const server = listener;
      listener = null;
      if (!server) return Promise.resolve();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
