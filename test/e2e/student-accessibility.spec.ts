import { test, expect, expectNoAxeViolations, expectNoAxeViolationsAtBothWidths } from "./fixtures";
import { provisionInvites, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage } from "./pages";
import { expectPreparationPapers, longDayName, StudentLogbook } from "./student-pages";

test("every student screen has no axe violations on a phone or a laptop", async ({ page, server }) => {
  const papers = [{ title: "Surviving Sepsis Campaign 2021", url: "https://example.org/ssc" }, { title: "Sepsis-3 definitions", url: "" }];
  const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()), { preparationPapers: papers, videoCallFirst: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await new JoinPage(page).joinThrough(exchange.invites.student, /Join as the student of/);
  const logbook = await StudentLogbook.fromHome(page);
  await expectPreparationPapers(page, papers.map((paper) => paper.title));
  await expectNoAxeViolationsAtBothWidths(page, "student home with the preparation card");

  // Every section is in view at 390 px, and a focused one has a ring of at least 3:1 that no
  // scrolling strip clips.
  const links = page.getByRole("navigation", { name: "Logbook sections" }).getByRole("link");
  expect(await links.count()).toBe(8);
  for (const link of await links.all()) {
    const box = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await links.nth(2).focus();
  await page.keyboard.press("Tab");
  await expect(links.nth(3)).toBeFocused();
  const ring = await links.nth(3).evaluate((element) => {
    const style = getComputedStyle(element);
    const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const clipped = (() => {
      for (let node = element.parentElement; node; node = node.parentElement) if (getComputedStyle(node).overflowX !== "visible") return node.tagName;
      return null;
    })();
    return { contrast: (1.05) / (luminance(channels(style.outlineColor)) + 0.05), width: style.outlineWidth, clipped };
  });
  expect(ring.contrast).toBeGreaterThanOrEqual(3);
  expect(ring.clipped).toBeNull();

  await logbook.writeDay("2026-07-02", { hours: "abc", activities: "Observed surgery.", reflection: "Sterile field rules." });
  await expect(page.getByRole("alert")).toContainText("Write the hours as a number");
  await page.getByLabel("Data collection").check();
  await expectNoAxeViolationsAtBothWidths(page, "day entry with an error");

  const screens = [
    { path: "/days", heading: "All days" },
    { path: "/attendance", heading: "Attendance" },
    { path: "/appraisals", heading: "Appraisals" },
    { path: "/about", heading: "My exchange" },
    { path: "/arrival", heading: "Arrival" },
    { path: "/export", heading: "Print and export" },
  ];
  for (const screen of screens) {
    await page.goto(`${server.url}${logbook.base}${screen.path}`);
    await expect(page.getByRole("heading", { level: 1, name: screen.heading })).toBeVisible();
    if (screen.path === "/attendance") {
      await logbook.attendanceChoice(longDayName("2026-07-02"), "Excused").check();
      await expect(page.getByLabel("Reason")).toBeVisible();
    }
    await expectNoAxeViolationsAtBothWidths(page, `student ${screen.path}`);
  }

  await page.goto(`${server.url}/devices`);
  await page.getByRole("button", { name: "Show a link for my other device" }).click();
  await expect(page.getByTestId("device-link")).toHaveValue(/\/join#/);
  await expectNoAxeViolations(page, "add a device");
});
