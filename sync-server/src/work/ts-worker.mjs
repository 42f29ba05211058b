// Starts a TypeScript worker when the server runs from source (tsx, vitest): worker threads do not
// inherit the TypeScript loader, so this plain module registers tsx and imports the real entry.
// The built server (sync-server/dist) starts its compiled worker directly and never loads this.
import { workerData } from "node:worker_threads";

const { tsImport } = await import("tsx/esm/api");
await tsImport(workerData.entry, import.meta.url);
