import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstScreenSize, firstScreens, type FirstScreen } from "../../scripts/first-screen-size";
import { repoRoot } from "../helpers/server-process";

// A phone on a roaming data plan downloads this before it can show anything: the same budget
// for a stranger's welcome page, an invite link, and each role's home with what it waits for.
const firstScreenBudgetBytes = 90 * 1024;

describe("first screen size", () => {
  const dist = join(repoRoot, "dist");
  for (const screen of Object.keys(firstScreens) as FirstScreen[]) {
    it(`${screen}: stays within ${firstScreenBudgetBytes} bytes of gzip JS and CSS`, () => {
      if (!existsSync(join(dist, ".vite/manifest.json"))) throw new Error("Build the app first: npm run build");
      const report = firstScreenSize(dist, firstScreens[screen]);
      expect(report.jsBytes).toBeGreaterThan(0);
      expect(report.cssBytes).toBeGreaterThan(0);
      expect(report.totalBytes, report.files.map((f) => `${f.gzipBytes} ${f.file}`).join("\n")).toBeLessThanOrEqual(firstScreenBudgetBytes);
    });
  }
});
