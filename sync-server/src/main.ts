// Entry point: configuration in, a running server out, and a clean stop on SIGTERM/SIGINT.
import { readConfig } from "./config";
import { createSyncServer } from "./server";

const config = readConfig();
const server = createSyncServer({
  port: config.port,
  host: config.host,
  staticDir: config.staticDir,
  dataDir: config.dataDir,
  publicOrigin: config.publicOrigin,
  trustProxy: config.trustProxy,
  metrics: config.metrics,
  limits: config.limits,
  applicantRetentionDays: config.applicantRetentionDays,
});
const { url } = await server.listen();

const setupToken = server.registry.issueSetupInviteIfNeeded();
if (setupToken) {
  // Printed once, for the person starting the server: it is the only way in on a fresh install.
  const origin = config.publicOrigin ?? (config.host === "0.0.0.0" || config.host === "::" ? `http://localhost:${config.port}` : url);
  console.log(`\nNo local officer yet. Open this one-time link to set up the first one:\n  ${origin}/join#${setupToken}\n`);
}
// Printed last: scripts wait for this line to know the server is ready.
console.log(`Academic Quality Logbook is running at ${url}`);

const stop = (signal: string) => {
  console.log(`${signal}: finishing pending writes and closing connections`);
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
};
process.once("SIGTERM", () => stop("SIGTERM"));
process.once("SIGINT", () => stop("SIGINT"));
