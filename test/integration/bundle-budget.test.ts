import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstScreenSize } from "../../scripts/first-screen-size";
import { repoRoot } from "../helpers/server-process";

// A phone on a roaming data plan downloads this before it can show anything.
const firstScreenBudgetBytes = 90 * 1024;

describe("first screen size", () => {
  it(`stays within ${firstScreenBudgetBytes} bytes of gzip JS and CSS`, () => {
    const dist = join(repoRoot, "dist");
    if (!existsSync(join(dist, ".vite/manifest.json"))) throw new Error("Build the app first: npm run build");
    const report = firstScreenSize(dist);
    expect(report.jsBytes).toBeGreaterThan(0);
    expect(report.cssBytes).toBeGreaterThan(0);
    expect(report.totalBytes).toBeLessThanOrEqual(firstScreenBudgetBytes);
  });
});
