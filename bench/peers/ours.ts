// Our sync server as a bench child: the same wiring as `npm run serve` (createSyncServer with
// the configuration read from the environment, SQLite in DATA_DIR), plus the bench's control
// channel. The set-up token goes to the bench over IPC instead of the console.
import { readConfig } from "../../sync-server/src/config";
import { createSyncServer } from "../../sync-server/src/server";
import { announceReady } from "./control";

const config = readConfig();
const server = createSyncServer({ port: config.port, host: config.host, staticDir: null, dataDir: config.dataDir, limits: config.limits, log: () => {} });
const { port } = await server.listen();
announceReady(port, server.registry.issueSetupInviteIfNeeded());

process.once("SIGTERM", () => void server.close().then(() => process.exit(0)));
