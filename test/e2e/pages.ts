// Page models: what a person sees and does, so tests read like the steps people take.
import { expect, type Page } from "@playwright/test";

export class JoinPage {
  constructor(readonly page: Page) {}
  async joinThrough(link: string, expectedHeading: RegExp) {
    await this.page.goto(link);
    await expect(this.page.getByRole("heading", { level: 2, name: expectedHeading })).toBeVisible();
    await this.page.getByRole("button", { name: "Join" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  }
}

export class StudentHome {
  constructor(readonly page: Page) {}
  get expectations() {
    return this.page.getByRole("textbox", { name: "My expectations" });
  }
  /** Opens the student's "My exchange" page, where the expectations are written. */
  async open() {
    await this.page.getByRole("link", { name: /^Open/ }).first().click();
    await expect(this.page.getByRole("heading", { level: 1, name: "My exchange" })).toBeVisible();
    await this.page.getByRole("navigation", { name: "Logbook sections" }).getByRole("link", { name: "My exchange" }).click();
    await expect(this.expectations).toBeVisible();
  }
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
    await expect(this.sync).toContainText("Saved on the server", { timeout: 30_000 });
  }
}
