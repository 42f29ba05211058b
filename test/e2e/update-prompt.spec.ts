// A new build served while the app is open must be offered, never forced: nothing reloads until
// the person presses Reload.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { test, expect, waitForServiceWorker } from "./fixtures";
import { repoRoot, startServerProcess } from "../helpers/server-process";

const nextBuild = join(repoRoot, "test-results", "dist-next");

test.beforeAll(() => {
  execFileSync(process.execPath, [join(repoRoot, "node_modules/vite/bin/vite.js"), "build", "--outDir", nextBuild, "--emptyOutDir"], {
    cwd: repoRoot,
    env: { ...process.env, APP_VERSION: "next-build" },
    stdio: "ignore",
  });
});

test("a second build shows the update prompt and waits for the person", async ({ page }) => {
  let server = await startServerProcess();
  await page.goto(`${server.url}/settings`);
  await waitForServiceWorker(page);
  // The person comes back later: the page is now opened under the installed version.
  await page.reload();
  await waitForServiceWorker(page);
  await expect(page.getByTestId("app-version")).not.toContainText("next-build");
  await page.evaluate(() => ((window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));

  await server.stop();
  server = await startServerProcess({ port: server.port, dataDir: server.dataDir, staticDir: nextBuild });
  // The app looks for a new version when it comes back to the foreground, as a phone does
  // many times a day.
  const prompt = page.getByText("A new version is ready.");
  await expect(async () => {
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    await expect(prompt).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
  await expect(page.getByTestId("app-version")).not.toContainText("next-build");

  await page.getByRole("button", { name: "Reload" }).click();
  await expect(page.getByTestId("app-version")).toContainText("next-build", { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBeUndefined();
  await server.stop();
});
