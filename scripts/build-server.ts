// Builds the sync server to JavaScript once, so that production runs it with plain `node`: one
// process for a supervisor to manage, no TypeScript compiled at every start. esbuild bundles the
// server's own code (and what it uses of src/) into sync-server/dist/, one file per entry point,
// side by side, because each entry finds its workers next to itself (`new URL("./x.mjs",
// import.meta.url)`). Packages stay external and load from node_modules as they do under tsx.
// Usage: npx tsx scripts/build-server.ts (part of `npm run build`).
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

export const serverRoot = resolve(import.meta.dirname, "../sync-server");
export const serverOutDir = join(serverRoot, "dist");
/** What `npm run serve`, the tests and a supervisor start. */
export const serverEntry = join(serverOutDir, "main.mjs");

export async function buildServer(): Promise<void> {
  rmSync(serverOutDir, { recursive: true, force: true });
  await build({
    entryPoints: [
      { in: join(serverRoot, "src/main.ts"), out: "main" },
      { in: join(serverRoot, "src/storage/sqlite-commit-worker.mjs"), out: "sqlite-commit-worker" },
      { in: join(serverRoot, "src/storage/sqlite-compaction-worker.mjs"), out: "sqlite-compaction-worker" },
      { in: join(serverRoot, "src/work/document-worker.ts"), out: "document-worker" },
    ],
    outdir: serverOutDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    target: "node20.19",
    format: "esm",
    packages: "external",
    sourcemap: "linked",
    logLevel: "warning",
  });
}

if (import.meta.filename === resolve(process.argv[1] ?? "")) await buildServer();
