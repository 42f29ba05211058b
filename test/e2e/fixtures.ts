// Shared fixtures: a real server process per test with its own data folder, and an axe check.
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { startServerProcess, type RunningServer } from "../helpers/server-process";

export const test = base.extend<{ server: RunningServer; closeExtraContexts: void }>({
  // Tests open extra contexts (one per person); close them all at the end, or their pages keep
  // polling and reconnecting to whatever server next takes that port.
  closeExtraContexts: [
    async ({ browser }, use) => {
      await use();
      await Promise.all(browser.contexts().map((context) => context.close()));
    },
    { auto: true },
  ],
  // Playwright reads fixture dependencies from the destructuring pattern, so it must be there even when empty.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startServerProcess();
    await use(server);
    await server.stop();
  },
});

export { expect };

export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/** Resolves once the service worker controls the page, i.e. the app is ready for offline use. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return Boolean(registration?.active && navigator.serviceWorker.controller);
  }, undefined, { timeout: 30_000 });
}
