import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstScreenSize, firstScreens, type FirstScreen } from "../../scripts/first-screen-size";
import { repoRoot } from "../helpers/server-process";

// A phone on a roaming data plan downloads this before it can show anything: the same budget
// for a stranger's welcome page, an invite link, and each role's home with what it waits for.
const firstScreenBudgetBytes = 90 * 1024;

// Over the budget today, by the amounts in docs/performance.md: these screens wait for Yjs and
// the entry carries Dexie. `it.fails` keeps the 90 KiB assertion running and turns red the day a
// screen fits, so that it moves back to the enforced list instead of silently passing.
const knownOverBudget: ReadonlySet<FirstScreen> = new Set(["student", "tutor", "contact"]);

describe("first screen size", () => {
  const dist = join(repoRoot, "dist");
  for (const screen of Object.keys(firstScreens) as FirstScreen[]) {
    const check = knownOverBudget.has(screen) ? it.fails : it;
    check(`${screen}: ${knownOverBudget.has(screen) ? "known to exceed" : "stays within"} ${firstScreenBudgetBytes} bytes of gzip JS and CSS`, () => {
      if (!existsSync(join(dist, ".vite/manifest.json"))) throw new Error("Build the app first: npm run build");
      const report = firstScreenSize(dist, firstScreens[screen]);
      expect(report.jsBytes).toBeGreaterThan(0);
      expect(report.cssBytes).toBeGreaterThan(0);
      expect(report.totalBytes, report.files.map((f) => `${f.gzipBytes} ${f.file}`).join("\n")).toBeLessThanOrEqual(firstScreenBudgetBytes);
    });
  }
});
