// What every app benchmark shares: Debian's Chromium with the same flags, a phone-sized
// viewport, the CPU slowdown of a mid-range phone, and a student joining the way a person does.
import type { BrowserContext, Page } from "@playwright/test";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
export const phoneViewport = { width: 390, height: 844 };
export const cpuThrottling = Number(process.env.CPU_THROTTLE ?? 4);

/** The link a student's home offers first, "Write today's entry" (or "Continue …"). */
export const todaysEntryLink = /today's entry/;

export async function throttleCpu(context: BrowserContext, page: Page, rate = cpuThrottling): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}

/** Redeems the student invite in the page and opens the student's home; returns its path. */
export async function joinAsStudent(page: Page, invite: string): Promise<string> {
  await page.goto(invite);
  await page.getByRole("button", { name: "Join" }).click();
  await page.getByRole("link", { name: /^Open/ }).click();
  await page.getByRole("link", { name: todaysEntryLink }).waitFor();
  return new URL(page.url()).pathname;
}

/** An exchange running today: the student's home then shows today's card, as during a stay. */
export function exchangeAroundToday(days = 28): { startDate: string; endDate: string } {
  const day = 24 * 60 * 60 * 1000;
  const iso = (at: number) => new Date(at).toISOString().slice(0, 10);
  return { startDate: iso(Date.now() - 10 * day), endDate: iso(Date.now() + (days - 11) * day) };
}

// Plain text, not functions, for page.evaluate: tsx wraps inner functions with a helper the page lacks.

/** Resolves once a service worker controls the page, i.e. the app shell is cached for offline use. */
export const serviceWorkerControlsScript = `new Promise((resolve) => {
  if (navigator.serviceWorker.controller) return resolve(true);
  navigator.serviceWorker.addEventListener("controllerchange", () => resolve(true), { once: true });
})`;

/** The token of the first session this device holds, read from the app's own database. */
export const sessionTokenScript = `new Promise((resolve, reject) => {
  const open = indexedDB.open("academic-quality-logbook");
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const request = open.result.transaction("sessions").objectStore("sessions").getAll();
    request.onsuccess = () => { resolve(request.result[0].token); open.result.close(); };
  };
})`;
