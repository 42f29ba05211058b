// Serves the built PWA. Hashed assets are cached for a year; the HTML, the service worker and
// the manifest are revalidated every time so an update is noticed. Any other path that looks
// like a page gets index.html, so deep links work on first visit as they do offline. Text is
// sent brotli- or gzip-compressed when the browser accepts it: on a phone abroad the first visit
// downloads about a third of the bytes.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { promisify } from "node:util";
import { brotliCompress, constants as zlibConstants, gzip } from "node:zlib";
import { extname, join, normalize, sep } from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "../api/json";

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
const compressible = new Set([".html", ".js", ".mjs", ".css", ".json", ".map", ".webmanifest", ".svg", ".txt"]);

type Encoding = "br" | "gzip";
const compressors: Record<Encoding, (bytes: Buffer) => Promise<Buffer>> = {
  br: (bytes) => promisify(brotliCompress)(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  gzip: (bytes) => promisify(gzip)(bytes, { level: 9 }),
};

/** The best encoding the request accepts (brotli before gzip), ignoring any with q=0. */
export function acceptedEncoding(header: string | string[] | undefined): Encoding | null {
  const offered = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",")) {
    const [name, ...parameters] = part.trim().toLowerCase().split(";");
    const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
    if (name) offered.set(name, q === undefined ? 1 : Number(q));
  }
  for (const encoding of ["br", "gzip"] as const) if ((offered.get(encoding) ?? 0) > 0) return encoding;
  return null;
}

function decodedPath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null;
  }
}

export function createStaticHandler(root: string) {
  // Compressed once per file version and kept: the built app is a few hundred kilobytes.
  const compressed = new Map<string, Promise<Buffer>>();
  const compressedCopy = (file: string, modifiedAt: number, encoding: Encoding) => {
    const key = `${encoding}:${modifiedAt}:${file}`;
    let found = compressed.get(key);
    if (!found) {
      found = readFile(file).then(compressors[encoding]);
      found.catch(() => compressed.delete(key));
      compressed.set(key, found);
    }
    return found;
  };

  const resolveInside = (decoded: string): string | null => {
    const full = normalize(join(root, decoded));
    return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
  };

  const sendFile = async (request: IncomingMessage, response: ServerResponse, file: string, urlPath: string) => {
    const info = await stat(file);
    const type = contentTypes[extname(file)] ?? "application/octet-stream";
    const encoding = compressible.has(extname(file)) ? acceptedEncoding(request.headers["accept-encoding"]) : null;
    const body = encoding ? await compressedCopy(file, info.mtimeMs, encoding) : null;
    response.statusCode = 200;
    response.setHeader("Content-Type", type);
    if (compressible.has(extname(file))) response.setHeader("Vary", "Accept-Encoding");
    if (encoding) response.setHeader("Content-Encoding", encoding);
    response.setHeader("Content-Length", body ? body.length : info.size);
    response.setHeader(
      "Cache-Control",
      urlPath.startsWith("/assets/") ? "public, max-age=31536000, immutable" : alwaysRevalidate.has(urlPath) ? "no-cache" : "public, max-age=3600",
    );
    if (request.method === "HEAD") return void response.end();
    if (body) return void response.end(body);
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
    const decoded = decodedPath(urlPath);
    // Not valid percent-encoding (a lone "%", overlong UTF-8): the request is wrong, not the server.
    if (decoded === null) return sendJson(response, 400, { error: "bad-path", message: "The address is not valid." });
    const file = resolveInside(decoded);
    if (file) {
      const found = await stat(file).then((s) => s.isFile(), () => false);
      if (found) return sendFile(request, response, file, urlPath);
    }
    // Paths with a file extension are assets: a missing one is a 404, not the app.
    if (extname(urlPath) !== "" || !file) {
      response.statusCode = 404;
      response.setHeader("Content-Type", "text/plain; charset=utf-8");
      return void response.end("Not found");
    }
    return sendFile(request, response, join(root, "index.html"), "/index.html");
  };
}
