// A full phone: IndexedDB refuses the write. The person must be told at once, in a way they
// cannot miss, and nothing typed may be lost once space is back.
import { test, expect } from "./fixtures";
import { provisionInvites, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage } from "./pages";
import { StudentLogbook } from "./student-pages";

test("a full disk blocks with a clear message, and Retry saves what was typed", async ({ page, server }) => {
  const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()));
  await page.setViewportSize({ width: 390, height: 844 });
  await new JoinPage(page).joinThrough(exchange.invites.student, /Join as the student of/);
  const logbook = await StudentLogbook.fromHome(page);
  await logbook.openDay("2026-07-02");

  // The phone fills up: IndexedDB refuses every new write with QuotaExceededError. (Chromium's
  // quota override does not reach databases that are already open, so the refusal is made at
  // the IndexedDB boundary itself.)
  await page.evaluate(() => {
    const add = IDBObjectStore.prototype.add;
    (window as unknown as { restoreDisk: () => void }).restoreDisk = () => (IDBObjectStore.prototype.add = add);
    IDBObjectStore.prototype.add = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const typed = "Written while the phone was full.";
  await page.getByLabel("Activities").fill(typed);

  const dialog = page.getByRole("alertdialog", { name: "Your last change could not be saved on this device" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("out of storage space");
  // The page behind is inert while the message stands.
  await expect(page.getByLabel("Activities")).not.toBeFocused();

  await page.evaluate(() => (window as unknown as { restoreDisk: () => void }).restoreDisk());
  await dialog.getByRole("button", { name: "Retry" }).click();
  await expect(dialog).toBeHidden();

  await page.reload();
  await expect(page.getByLabel("Activities")).toHaveValue(typed);
});

test("what was typed while the disk was full survives a reload before any retry", async ({ page, server }) => {
  const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()));
  await new JoinPage(page).joinThrough(exchange.invites.student, /Join as the student of/);
  const logbook = await StudentLogbook.fromHome(page);
  await logbook.openDay("2026-07-02");
  await page.evaluate(() => {
    IDBObjectStore.prototype.add = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const typed = "Typed on a full phone, then the app was closed.";
  await page.getByLabel("Activities").fill(typed);
  await expect(page.getByRole("alertdialog", { name: "Your last change could not be saved on this device" })).toBeVisible();

  // The person closes the app instead of pressing Retry (a reload also ends the refusal).
  await page.reload();
  await expect(page.getByLabel("Activities")).toHaveValue(typed);
});
