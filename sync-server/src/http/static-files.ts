// Serves the built PWA. Hashed assets are cached for a year; the HTML, the service worker and
// the manifest are revalidated every time so an update is noticed. Any other path that looks
// like a page gets index.html, so deep links work on first visit as they do offline.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";

const contentTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

const alwaysRevalidate = new Set(["/index.html", "/sw.js", "/manifest.webmanifest", "/registerSW.js"]);

export function createStaticHandler(root: string) {
  const resolveInside = (urlPath: string): string | null => {
    const decoded = decodeURIComponent(urlPath);
    const full = normalize(join(root, decoded));
    return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
  };

  const sendFile = async (response: ServerResponse, file: string, urlPath: string, method: string) => {
    const info = await stat(file);
    const type = contentTypes[extname(file)] ?? "application/octet-stream";
    response.statusCode = 200;
    response.setHeader("Content-Type", type);
    response.setHeader("Content-Length", info.size);
    response.setHeader(
      "Cache-Control",
      urlPath.startsWith("/assets/") ? "public, max-age=31536000, immutable" : alwaysRevalidate.has(urlPath) ? "no-cache" : "public, max-age=3600",
    );
    if (method === "HEAD") return void response.end();
    createReadStream(file).pipe(response);
  };

  return async function serveStatic(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
    const method = request.method ?? "GET";
    if (method !== "GET" && method !== "HEAD") {
      response.statusCode = 405;
      response.setHeader("Allow", "GET, HEAD");
      return void response.end();
    }
    const urlPath = pathname === "/" ? "/index.html" : pathname;
    const file = resolveInside(urlPath);
    if (file) {
      const found = await stat(file).then((s) => s.isFile(), () => false);
      if (found) return sendFile(response, file, urlPath, method);
    }
    // Paths with a file extension are assets: a missing one is a 404, not the app.
    if (extname(urlPath) !== "" || !file) {
      response.statusCode = 404;
      response.setHeader("Content-Type", "text/plain; charset=utf-8");
      return void response.end("Not found");
    }
    return sendFile(response, join(root, "index.html"), "/index.html", method);
  };
}
