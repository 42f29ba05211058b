import { test, expect, expectNoAxeViolations } from "./fixtures";
import { provisionInvites, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage } from "./pages";
import { longDayName, StudentLogbook } from "./student-pages";

test("every student screen has no axe violations on a phone", async ({ page, server }) => {
  const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()));
  await page.setViewportSize({ width: 390, height: 844 });
  await new JoinPage(page).joinThrough(exchange.invites.student, /Join as the student of/);
  const logbook = await StudentLogbook.fromHome(page);
  await expectNoAxeViolations(page, "student home");

  await logbook.writeDay("2026-07-02", { hours: "abc", activities: "Observed surgery.", reflection: "Sterile field rules." });
  await expect(page.getByRole("alert")).toContainText("Write the hours as a number");
  await page.getByLabel("Data collection").check();
  await expectNoAxeViolations(page, "day entry with an error");

  const screens = [
    { path: "/days", heading: "All days" },
    { path: "/attendance", heading: "Attendance" },
    { path: "/appraisals", heading: "Appraisals" },
    { path: "/about", heading: "My exchange" },
    { path: "/export", heading: "Print and export" },
  ];
  for (const screen of screens) {
    await page.goto(`${server.url}${logbook.base}${screen.path}`);
    await expect(page.getByRole("heading", { level: 1, name: screen.heading })).toBeVisible();
    if (screen.path === "/attendance") {
      await logbook.attendanceChoice(longDayName("2026-07-02"), "Excused").check();
      await expect(page.getByLabel("Reason")).toBeVisible();
    }
    await expectNoAxeViolations(page, `student ${screen.path}`);
  }

  await page.goto(`${server.url}/devices`);
  await page.getByRole("button", { name: "Show a link for my other device" }).click();
  await expect(page.getByTestId("device-link")).toHaveValue(/\/join#/);
  await expectNoAxeViolations(page, "add a device");
});
