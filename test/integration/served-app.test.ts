import { existsSync } from "node:fs";
import { join } from "node:path";
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
