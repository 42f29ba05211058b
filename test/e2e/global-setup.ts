// The browser tests run against the built app; fail early with a clear message if it is missing.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../helpers/server-process";

export default function globalSetup(): void {
  if (!existsSync(join(repoRoot, "dist/sw.js"))) throw new Error("The app is not built: run `npm run build` first.");
}
