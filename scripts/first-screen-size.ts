// Gzip bytes of the JS and CSS a device downloads before each kind of person sees their first
// screen: the entry chunk, everything it imports statically, its CSS, and the lazy chunk of the
// screen's route with its own imports, plus what the screen waits for before it renders. The
// role homes render without waiting for the sync runtime (Yjs, y-indexeddb, the sync manager):
// it loads right after and their document data appears when it has. Other role screens still
// wait for it inside RolePage, but none of them is a first screen.
// Reads the Vite manifest of the last build (`npm run build`).
// Usage: npx tsx scripts/first-screen-size.ts
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

type Manifest = Record<string, ManifestChunk>;

export interface SizeReport {
  files: { file: string; gzipBytes: number }[];
  jsBytes: number;
  cssBytes: number;
  totalBytes: number;
}

/** Each first screen: the route module the router loads for it, and what it waits for. */
export const firstScreens = {
  /** A stranger opening the app: the welcome page. */
  welcome: ["src/app/home-page.tsx"],
  /** Someone following an invite link. */
  join: ["src/session/join-page.tsx"],
  /** The role homes show before the Yjs side has loaded (`waitForRuntime={false}`): no wait. */
  student: ["src/logbook/student-home-page.tsx"],
  tutor: ["src/review/tutor-home-page.tsx"],
  contact: ["src/program/contact-home-page.tsx"],
  /** The officer's dashboard opens no shared document (`RolePage documents={false}`): no wait. */
  officer: ["src/exchanges/officer-home-page.tsx"],
  /** A student opening the committee's shared list of projects, and applying to one. */
  publicOffers: ["src/offers/public-offers-page.tsx"],
  apply: ["src/offers/apply-page.tsx"],
  /** A tutor following the officer's project-form link, then the form itself (no sync runtime). */
  offerLink: ["src/offers/offer-link-page.tsx"],
  tutorProjectForm: ["src/offers/tutor-offer-page.tsx"],
} as const satisfies Record<string, readonly string[]>;

export type FirstScreen = keyof typeof firstScreens;
export const roleScreens = ["student", "tutor", "contact", "officer"] as const satisfies readonly FirstScreen[];

function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(join(distDir, ".vite/manifest.json"), "utf8")) as Manifest;
}

/** The files a set of manifest entries needs, following static imports (not lazy ones). */
function filesNeeded(manifest: Manifest, keys: readonly string[]): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return [...files];
}

function sizeOf(distDir: string, files: string[]): SizeReport {
  const sized = files.map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length }));
  const sum = (extension: string) => sized.filter((f) => f.file.endsWith(extension)).reduce((total, f) => total + f.gzipBytes, 0);
  const jsBytes = sum(".js");
  const cssBytes = sum(".css");
  return { files: sized, jsBytes, cssBytes, totalBytes: jsBytes + cssBytes };
}

/** One screen: the entry (index.html) plus the given route modules. */
export function firstScreenSize(distDir: string, routeModules: readonly string[] = firstScreens.welcome): SizeReport {
  return sizeOf(distDir, filesNeeded(readManifest(distDir), ["index.html", ...routeModules]));
}

export function firstScreenSizes(distDir: string): Record<FirstScreen, SizeReport> {
  const entries = Object.entries(firstScreens).map(([screen, modules]) => [screen, firstScreenSize(distDir, modules)]);
  return Object.fromEntries(entries) as Record<FirstScreen, SizeReport>;
}

/**
 * What the entry loads lazily on every start whatever the screen (the sync runtime, the
 * service-worker helper, the signature sender…), beyond what the given screen needs: fetched
 * alongside or right after, not waited for. The entry's lazy imports other than pages are
 * these; pages are the `*-page.tsx` modules (the not-found page is a shared chunk, `_…`).
 */
export function startupExtras(distDir: string, screen: FirstScreen): SizeReport {
  const manifest = readManifest(distDir);
  const lazyAtStart = (manifest["index.html"]?.dynamicImports ?? []).filter((key) => !key.endsWith("-page.tsx") && !key.startsWith("_"));
  const needed = new Set(filesNeeded(manifest, ["index.html", ...firstScreens[screen]]));
  return sizeOf(distDir, filesNeeded(manifest, lazyAtStart).filter((file) => !needed.has(file)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = resolve("dist");
  for (const [screen, report] of Object.entries(firstScreenSizes(dist))) {
    console.log(`${screen}:`);
    for (const file of report.files) console.log(`${String(file.gzipBytes).padStart(8)}  ${file.file}`);
    const extras = startupExtras(dist, screen as FirstScreen);
    console.log(`  JS ${report.jsBytes} B + CSS ${report.cssBytes} B = ${report.totalBytes} B gzip (${(report.totalBytes / 1024).toFixed(1)} KiB); +${extras.totalBytes} B loaded right after\n`);
  }
}
