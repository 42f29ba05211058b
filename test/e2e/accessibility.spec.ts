import { test, expectNoAxeViolations, expect } from "./fixtures";
import { createExchange, setupTokenFromOutput } from "../helpers/provision";
import type { Page } from "@playwright/test";

const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 800 };

const staticScreens = [
  { path: "/", heading: "Welcome" },
  { path: "/settings", heading: "Settings" },
  { path: "/join", heading: "Join" },
  { path: "/no/such/page", heading: "Page not found" },
];

for (const screen of staticScreens) {
  for (const viewport of [phone, laptop]) {
    test(`${screen.path} has no axe violations at ${viewport.width}px`, async ({ page, server }) => {
      await page.setViewportSize(viewport);
      await page.goto(`${server.url}${screen.path}`);
      await expect(page.getByRole("heading", { level: 1, name: screen.heading })).toBeVisible();
      await expectNoAxeViolations(page, `${screen.path} at ${viewport.width}px`);
    });
  }
}

async function joinAndCheck(page: Page, link: string, invite: RegExp, roleHeading: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 2, name: invite })).toBeVisible();
  await expectNoAxeViolations(page, `join page (${roleHeading})`);
  await page.getByRole("button", { name: "Join" }).click();
  // A student or tutor lands on their own home; others on the list of their roles.
  const title = page.getByRole("heading", { level: 1, name: new RegExp(`^(Home|${roleHeading})$`) });
  await expect(title).toBeVisible();
  if ((await title.textContent()) === "Home") {
    await expectNoAxeViolations(page, `home (${roleHeading})`);
    await page.getByRole("link", { name: /^Open/ }).first().click();
  }
  await expect(page.getByRole("heading", { level: 1, name: roleHeading })).toBeVisible();
  await expectNoAxeViolations(page, roleHeading);
}

test("every role's screens, from the invite to its home, have no axe violations", async ({ isolatedBrowser: browser, server }) => {
  // The first officer sets up through the one-time link, filling in the set-up form.
  const officerPage = await (await browser.newContext({ viewport: laptop })).newPage();
  await officerPage.goto(`${server.url}/join#${setupTokenFromOutput(server.output())}`);
  await expect(officerPage.getByRole("heading", { level: 2, name: "Set up the first local officer" })).toBeVisible();
  await expectNoAxeViolations(officerPage, "set-up form");
  await officerPage.getByLabel("Your name").fill("Olivia Officer");
  await officerPage.getByLabel("Local committee").fill("Test LC");
  await officerPage.getByRole("button", { name: "Join" }).click();
  await expect(officerPage.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  await officerPage.getByRole("link", { name: /^Open/ }).click();
  await expect(officerPage.getByRole("heading", { level: 1, name: "Local officer" })).toBeVisible();
  await expectNoAxeViolations(officerPage, "officer home");
  const officerToken = await officerPage.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open("academic-quality-logbook");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction("sessions").objectStore("sessions").getAll();
          request.onsuccess = () => resolve((request.result as { token: string }[])[0]!.token);
        };
      }),
  );
  const { invites } = await createExchange(server.url, officerToken);

  const roles = [
    { link: invites.student, invite: /Join as the student of/, heading: "My exchange" },
    { link: invites.tutor, invite: /Join as tutor of/, heading: "My student" },
    { link: invites.contact, invite: /Join as contact person of/, heading: "Contact person" },
  ];
  for (const role of roles) {
    const context = await browser.newContext({ viewport: phone });
    await joinAndCheck(await context.newPage(), role.link, role.invite, role.heading);
    await context.close();
  }
});
