// Page models: what a person sees and does, so tests read like the steps people take.
import { expect, type Page } from "@playwright/test";

export class JoinPage {
  constructor(readonly page: Page) {}
  async joinThrough(link: string, expectedHeading: RegExp) {
    await this.page.goto(link);
    await expect(this.page.getByRole("heading", { level: 2, name: expectedHeading })).toBeVisible();
    await this.page.getByRole("button", { name: "Join" }).click();
    // A student or tutor lands on their own home; anyone else on the list of their roles.
    await expect(this.page.getByRole("heading", { level: 1, name: /^(Home|My exchange|My student)$/ })).toBeVisible();
  }
}

export class StudentHome {
  constructor(readonly page: Page) {}
  get expectations() {
    return this.page.getByRole("textbox", { name: "My expectations" });
  }
  /** Opens the student's "My exchange" page, where the expectations are written. */
  async open() {
    await openOwnHome(this.page, "My exchange");
    await this.page.getByRole("navigation", { name: "Logbook sections" }).getByRole("link", { name: "My exchange" }).click();
    await expect(this.expectations).toBeVisible();
  }
}

/**
 * The role's home after joining or opening the app: a device holding one student or tutor
 * session opens on it; one holding several shows the list, where the first is opened.
 */
export async function openOwnHome(page: Page, heading: "My exchange" | "My student"): Promise<void> {
  const title = page.getByRole("heading", { level: 1, name: new RegExp(`^(Home|${heading})$`) });
  await expect(title).toBeVisible();
  if ((await title.textContent()) === "Home") await page.getByRole("link", { name: /^Open/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

export class StatusBar {
  constructor(readonly page: Page) {}
  get connectivity() {
    return this.page.locator(".connectivity");
  }
  get sync() {
    return this.page.getByTestId("sync-summary");
  }
  async expectOnline() {
    await expect(this.connectivity).toHaveText("Online", { timeout: 30_000 });
  }
  async expectOffline() {
    await expect(this.connectivity).toContainText("Offline", { timeout: 30_000 });
  }
  async expectSavedOnServer() {
    await expect(this.sync).toContainText("Everything is on the server", { timeout: 30_000 });
  }
}

/** How many server attestation keys the app keeps on this device (in its Dexie settings table). */
export function keptAttestationKeys(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open("academic-quality-logbook");
        open.onsuccess = () => {
          const request = open.result.transaction("settings").objectStore("settings").get("attestation-keys");
          request.onsuccess = () => resolve(((request.result as { value?: unknown[] } | undefined)?.value ?? []).length);
          request.onerror = () => resolve(0);
        };
        open.onerror = () => resolve(0);
      }),
  );
}
