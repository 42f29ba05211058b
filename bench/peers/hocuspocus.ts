// @hocuspocus/server with @hocuspocus/extension-sqlite, configured as its documentation shows
// (defaults for debounce and unloading), storing in DATA_DIR/hocuspocus.sqlite.
import { join } from "node:path";
import { Server } from "@hocuspocus/server";
import { SQLite } from "@hocuspocus/extension-sqlite";
import { announceReady } from "./control";

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error("DATA_DIR is required");
const server = new Server({
  port: Number(process.env.PORT),
  address: "127.0.0.1",
  quiet: true,
  stopOnSignals: true,
  extensions: [new SQLite({ database: join(dataDir, "hocuspocus.sqlite") })],
});
await server.listen();
announceReady(server.address.port);
