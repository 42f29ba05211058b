// The browser tests run against the built app (fail early with a clear message if it is missing)
// and the built server, rebuilt here from the source so it is never older than it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../helpers/server-process";
import { buildServer } from "../../scripts/build-server";

export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(repoRoot, "dist/sw.js"))) throw new Error("The app is not built: run `npm run build` first.");
  await buildServer();
}
