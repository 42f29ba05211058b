import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { get } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { acceptedEncoding } from "../../sync-server/src/http/static-files";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, startServerProcess, type RunningServer } from "../helpers/server-process";

describe("the real server serving the built app", () => {
  let server: RunningServer;
  beforeAll(async () => {
    if (!existsSync(join(repoRoot, "dist/index.html"))) throw new Error("Build the app first: npm run build");
    server = await startServerProcess();
  });
  afterAll(async () => {
    await server?.stop();
  });

  const expectSecurityHeaders = (response: Response) => {
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  };

  it("serves / with the app and strict security headers", async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expectSecurityHeaders(response);
    const html = await response.text();
    expect(html).toContain('<div id="root">');
    // A strict CSP forbids inline script, so the page must not have any.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("serves the web manifest with icons, including a maskable one", async () => {
    const response = await fetch(`${server.url}/manifest.webmanifest`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/manifest\+json/);
    expectSecurityHeaders(response);
    const manifest = (await response.json()) as { name: string; short_name: string; icons: { sizes: string; purpose?: string }[] };
    expect(manifest.name).toBe("Academic Quality Logbook");
    expect(manifest.short_name).toBeTruthy();
    const sizes = manifest.icons.map((icon) => icon.sizes);
    expect(sizes).toContain("192x192");
    expect(sizes).toContain("512x512");
    expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
    for (const icon of manifest.icons) {
      const image = await fetch(`${server.url}/${(icon as unknown as { src: string }).src}`);
      expect(image.status).toBe(200);
      expect(image.headers.get("content-type")).toBe("image/png");
    }
  });

  /** A raw GET, so the test sees the bytes on the wire rather than what fetch decompressed. */
  const rawGet = (path: string, acceptEncoding?: string) =>
    new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      get(`${server.url}${path}`, { headers: acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {} }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      }).on("error", reject);
    });

  it("compresses text with brotli or gzip as the browser accepts, byte-identical once decompressed", async () => {
    const html = readFileSync(join(repoRoot, "dist/index.html"), "utf8");
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] as string;
    expect(script).toBeTruthy();
    const original = readFileSync(join(repoRoot, "dist", script));

    const br = await rawGet(script, "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);

    const gzip = await rawGet(script, "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).equals(original)).toBe(true);

    const plain = await rawGet(script);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);

    // Images are already compressed; the page itself is compressed too.
    expect((await rawGet("/pwa-192x192.png", "br")).headers["content-encoding"]).toBeUndefined();
    expect((await rawGet("/settings", "br")).headers["content-encoding"]).toBe("br");
  });

  it("picks the encoding from Accept-Encoding, honouring q=0", () => {
    expect(acceptedEncoding("gzip, deflate, br")).toBe("br");
    expect(acceptedEncoding("br;q=0, gzip;q=0.8")).toBe("gzip");
    expect(acceptedEncoding("identity")).toBeNull();
    expect(acceptedEncoding(undefined)).toBeNull();
    expect(acceptedEncoding("GZIP")).toBe("gzip");
  });

  it("answers deep links with the app and missing assets with 404", async () => {
    const deep = await fetch(`${server.url}/settings`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="root">');
    const missing = await fetch(`${server.url}/assets/nope.js`);
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing);
    const escape = await fetch(`${server.url}/..%2f..%2fpackage.json`);
    expect(escape.status).not.toBe(200);
  });

  it("answers a path that is not valid percent-encoding with 400, as JSON, and keeps serving", async () => {
    for (const path of ["/%", "/%c0%ae%c0%ae/package.json", "/assets/%E0%A4%A.js", "/settings/%ff"]) {
      const reply = await rawGet(path);
      expect(reply.headers["content-type"], path).toMatch(/^application\/json/);
      expect(JSON.parse(reply.body.toString()), path).toEqual({ error: "bad-path", message: "The address is not valid." });
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(400);
      expectSecurityHeaders(response);
    }
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    expect(server.output()).not.toMatch(/request failed|URI malformed/);
  });

  it("revalidates the service worker and caches hashed assets for good", async () => {
    const sw = await fetch(`${server.url}/sw.js`);
    expect(sw.headers.get("cache-control")).toBe("no-cache");
    const html = await (await fetch(`${server.url}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const asset = await fetch(`${server.url}${script}`);
    expect(asset.headers.get("cache-control")).toContain("immutable");
  });
});
