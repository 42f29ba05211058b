// A sync server inside the test process, on a free port, with real SQLite in a temp folder (or
// memory). Several can run at once: the server keeps no module-level state.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSyncServer, type SyncServer, type SyncServerOptions } from "../../sync-server/src/server";

export interface TestServer {
  server: SyncServer;
  url: string;
  wsUrl: string;
  dataDir: string | null;
  setupToken: string;
  close(): Promise<void>;
}

export async function startTestServer(options: Partial<SyncServerOptions> & { sqlite?: boolean } = {}): Promise<TestServer> {
  const dataDir = options.sqlite === false ? null : (options.dataDir ?? mkdtempSync(join(tmpdir(), "aql-test-")));
  const server = createSyncServer({ port: 0, host: "127.0.0.1", staticDir: null, dataDir, log: () => {}, ...options });
  const { url } = await server.listen();
  const setupToken = server.registry.issueSetupInviteIfNeeded() ?? "";
  return {
    server,
    url,
    wsUrl: url.replace(/^http/, "ws"),
    dataDir,
    setupToken,
    async close() {
      await server.close();
      if (dataDir && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
