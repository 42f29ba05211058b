// A committee's officers from the devices screen: one invites another (LORE invites LEO), who
// joins on their own laptop, sees every officer's devices and signs one out after confirming.
import { test, expect, expectNoAxeViolationsAtBothWidths } from "./fixtures";
import { setupTokenFromOutput } from "../helpers/provision";
import { JoinPage } from "./pages";
import { OfficerScreens, laptop, setUpOfficer } from "./officer-pages";

test("an officer invites another officer, who signs out a device of the first", async ({ isolatedBrowser: browser, server }) => {
  const { page } = await setUpOfficer(browser, server.url, setupTokenFromOutput(server.output()));
  const oliviaToken = await new OfficerScreens(page).sessionToken();
  await page.goto(`${server.url}/devices`);
  const officers = page.getByRole("region", { name: "Local officers of Test LC" });
  await expect(officers.getByRole("region", { name: "Olivia Officer" }).getByRole("list", { name: "Devices of Olivia Officer" })).toContainText("This device");
  await officers.getByLabel("Name (required)").fill("Leo Officer");
  await officers.getByLabel("E-mail (required)").fill("leo@example.org");
  await officers.getByRole("button", { name: "Make an invite link" }).click();
  await expect(officers.getByRole("status")).toHaveText("Invite link made for Leo Officer: send it to them.");
  const leoCard = officers.getByRole("region", { name: "Leo Officer" });
  await expect(leoCard).toContainText("Invited, not joined yet; the link works until");
  const link = await leoCard.getByLabel("Invite link for Leo Officer").inputValue();
  const mail = decodeURIComponent((await leoCard.getByRole("link", { name: /^Send by e-mail/ }).getAttribute("href")) ?? "");
  expect(mail.startsWith("mailto:leo@example.org?subject=")).toBe(true);
  expect(mail).toContain(link);
  await expectNoAxeViolationsAtBothWidths(page, "devices screen with the committee's officers");

  // Leo joins on his own laptop and signs out Olivia's laptop.
  const leo = await (await browser.newContext({ viewport: laptop })).newPage();
  await new JoinPage(leo).joinThrough(link, /Join as local officer of Test LC/);
  await leo.goto(`${server.url}/devices`);
  const olivia = leo.getByRole("region", { name: "Olivia Officer" });
  await expect(leo.getByRole("region", { name: "Leo Officer" })).toContainText("This device");
  await olivia.getByRole("button", { name: /^Sign out/ }).click();
  const dialog = leo.getByRole("alertdialog", { name: /^Sign out .* of Olivia Officer\?$/ });
  await expect(dialog.getByRole("button", { name: "Keep it signed in" })).toBeFocused();
  await expectNoAxeViolationsAtBothWidths(leo, "signing out another officer's device");
  await dialog.getByRole("button", { name: "Sign out" }).click();
  await expect(leo.getByRole("region", { name: "Local officers of Test LC" }).getByRole("status")).toHaveText("A device of Olivia Officer was signed out.");
  await expect(olivia).toContainText("Has not joined yet.");
  const me = await fetch(`${server.url}/api/me`, { headers: { Authorization: `Bearer ${oliviaToken}` } });
  expect(me.status).toBe(401);
});
