// Gzip bytes of the JS and CSS a first visit downloads before the first screen shows: the entry
// chunk, everything it imports statically, its CSS, and the home route's lazy chunk. Reads the
// Vite manifest of the last build (`npm run build`). Usage: npx tsx scripts/first-screen-size.ts
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}

export interface SizeReport {
  files: { file: string; gzipBytes: number }[];
  jsBytes: number;
  cssBytes: number;
  totalBytes: number;
}

export function firstScreenSize(distDir: string, routeModules: string[] = ["src/app/home-page.tsx"]): SizeReport {
  const manifest = JSON.parse(readFileSync(join(distDir, ".vite/manifest.json"), "utf8")) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  visit("index.html");
  routeModules.forEach(visit);
  const sized = [...files].map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length }));
  const jsBytes = sized.filter((f) => f.file.endsWith(".js")).reduce((sum, f) => sum + f.gzipBytes, 0);
  const cssBytes = sized.filter((f) => f.file.endsWith(".css")).reduce((sum, f) => sum + f.gzipBytes, 0);
  return { files: sized, jsBytes, cssBytes, totalBytes: jsBytes + cssBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = firstScreenSize(resolve("dist"));
  for (const file of report.files) console.log(`${String(file.gzipBytes).padStart(8)}  ${file.file}`);
  console.log(`JS ${report.jsBytes} B + CSS ${report.cssBytes} B = ${report.totalBytes} B gzip (${(report.totalBytes / 1024).toFixed(1)} KiB)`);
}
