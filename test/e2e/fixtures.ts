// Shared fixtures: a real server process per test with its own data folder, and an axe check.
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { startServerProcess, type RunningServer } from "../helpers/server-process";

/**
 * Every test gets its own browser process, closed with everything in it at the end: pages a
 * test leaves open would otherwise keep polling and reconnecting to whatever server a later test
 * starts on the same port.
 */
export const test = base.extend<{ server: RunningServer; isolatedBrowser: Browser }>({
  // Playwright reads fixture dependencies from the destructuring pattern, so it must be there even when empty.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startServerProcess();
    await use(server);
    await server.stop();
  },
  isolatedBrowser: async ({ playwright, launchOptions }, use) => {
    const browser = await playwright.chromium.launch(launchOptions);
    await use(browser);
    await browser.close();
  },
  context: async ({ isolatedBrowser, viewport }, use) => {
    const context = await isolatedBrowser.newContext({ viewport });
    await use(context);
    await context.close();
  },
});

export { expect };


export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/** The narrowest phone and a laptop: every changed screen is checked at both. */
export const axeWidths = [
  { name: "360 px", width: 360, height: 780 },
  { name: "1280 px", width: 1280, height: 800 },
];

/** axe at 360 and at 1280 px; the page is left at the width it had. */
export async function expectNoAxeViolationsAtBothWidths(page: Page, screen: string): Promise<void> {
  const before = page.viewportSize();
  for (const size of axeWidths) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page, `${screen} (${size.name})`);
  }
  if (before) await page.setViewportSize(before);
}

/**
 * Resolves once the service worker has installed (so the app shell is precached) and controls
 * the page, i.e. the app is ready for offline use. The wait happens inside the page:
 * `waitForFunction` with an async predicate would see a Promise, which is truthy, and not wait.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no service worker took control within 30 s")), 30_000);
        void navigator.serviceWorker.ready.then(() => {
          if (navigator.serviceWorker.controller) {
            clearTimeout(timer);
            return resolve();
          }
          navigator.serviceWorker.addEventListener("controllerchange", () => {
            clearTimeout(timer);
            resolve();
          }, { once: true });
        });
      }),
  );
}
