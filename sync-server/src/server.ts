// The HTTP side of the sync server: static app, health, API, and the WebSocket upgrade. All
// state hangs off the object createSyncServer returns, so a test can run several in one process.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { applySecurityHeaders } from "./http/security-headers";
import { createStaticHandler } from "./http/static-files";

export interface SyncServerOptions {
  port: number;
  host: string;
  staticDir: string;
  log?: (message: string) => void;
}

export interface SyncServer {
  listen(): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

export function createSyncServer(options: SyncServerOptions): SyncServer {
  const log = options.log ?? ((message: string) => console.log(message));
  const serveStatic = createStaticHandler(options.staticDir);

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    applySecurityHeaders(response);
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/healthz") {
      response.setHeader("Content-Type", "application/json");
      response.setHeader("Cache-Control", "no-store");
      return void response.end(JSON.stringify({ ok: true }));
    }
    await serveStatic(request, response, url.pathname);
  };

  const http = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });

  return {
    listen: () =>
      new Promise((resolve, reject) => {
        http.once("error", reject);
        http.listen(options.port, options.host, () => {
          const { port } = http.address() as AddressInfo;
          resolve({ port, url: `http://${options.host}:${port}` });
        });
      }),
    close: () =>
      new Promise((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      }),
  };
}
