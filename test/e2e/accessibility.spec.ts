import { test, expectNoAxeViolations, expect } from "./fixtures";

const screens = [
  { path: "/", heading: "Welcome" },
  { path: "/settings", heading: "Settings" },
  { path: "/no/such/page", heading: "Page not found" },
];

for (const screen of screens) {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    test(`${screen.path} has no axe violations at ${viewport.width}px`, async ({ page, server }) => {
      await page.setViewportSize(viewport);
      await page.goto(`${server.url}${screen.path}`);
      await expect(page.getByRole("heading", { level: 1, name: screen.heading })).toBeVisible();
      await expectNoAxeViolations(page, `${screen.path} at ${viewport.width}px`);
    });
  }
}
