// Entry point: configuration in, a running server out, and a clean stop on SIGTERM/SIGINT.
import { readConfig } from "./config";
import { createSyncServer } from "./server";

const config = readConfig();
const server = createSyncServer({ port: config.port, host: config.host, staticDir: config.staticDir });
const { url } = await server.listen();
console.log(`Academic Quality Logbook is running at ${url}`);

const stop = (signal: string) => {
  console.log(`${signal}: shutting down`);
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGTERM", () => stop("SIGTERM"));
process.once("SIGINT", () => stop("SIGINT"));
