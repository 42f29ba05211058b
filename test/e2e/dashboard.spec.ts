// The officer's dashboard with twelve exchanges in mixed states, against the built app and a real
// server: every column fits 1280 px, what needs the officer comes first and says why, a phone
// gets one card per exchange, filters and sort survive a reload, an empty result offers to clear
// them, and the CSV carries the people, the student's home and the arrival checklist.
import { readFile } from "node:fs/promises";
import { test, expect, expectNoAxeViolationsAtBothWidths } from "./fixtures";
import { setupTokenFromOutput } from "../helpers/provision";
import { addDays, workingDays } from "../../src/logbook/rules/calendar";
import { seedDashboard, type SeedCase } from "../helpers/seed-dashboard";
import { OfficerScreens, laptop, phone, setUpOfficer } from "./officer-pages";

const needsOfficer: SeedCase[] = ["silent", "appraisalOverdue", "notJoinedSoon", "finishedUnsigned", "signedByStudent", "mixedAttendance", "contactMissing"];

test("the dashboard reads at a glance at 1280 and 390 px, keeps its filters and exports the people", async ({ isolatedBrowser: browser, server }, testInfo) => {
  test.setTimeout(240_000);
  const { page } = await setUpOfficer(browser, server.url, setupTokenFromOutput(server.output()), laptop);
  const officer = new OfficerScreens(page);
  await officer.openHome();
  const seeded = await seedDashboard(server.url, await officer.sessionToken());
  const { names } = seeded;
  await page.reload();

  const table = page.getByRole("table");
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(12);

  await page.screenshot({ path: testInfo.outputPath("dashboard-1280.png"), fullPage: true });
  // Every column in view at 1280 px: nothing to scroll sideways, each header inside the box.
  const box = page.getByRole("region", { name: "12 exchanges" });
  const widths = await box.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  const boxRight = (await box.boundingBox())!.x + widths.client;
  for (const header of await table.locator("thead th").all()) {
    await expect(header).toBeInViewport();
    const bounds = (await header.boundingBox())!;
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(boxRight + 1);
  }
  for (const name of ["Student", "Needs you", "Period", "Status", "Days logged", "Attendance", "Appraisals", "Evaluation", "Joined", "Last sync"]) {
    await expect(table.getByRole("columnheader", { name })).toBeVisible();
  }

  // What needs the officer comes first, and says why.
  await expect(page.getByText("7 exchanges need you")).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Needs you" })).toHaveAttribute("aria-sort", "ascending");
  const order = await rows.locator("th[scope=row] a").allTextContents();
  expect(new Set(order.slice(0, needsOfficer.length))).toEqual(new Set(needsOfficer.map((which) => names[which])));
  expect(order[0]).toBe(names.silent); // two reasons: days without an entry, and the mid appraisal
  const rowOf = (which: SeedCase) => rows.filter({ has: page.getByRole("link", { name: names[which], exact: true }) });
  await expect(rowOf("silent")).toContainText(/No entry for \d working days/);
  await expect(rowOf("appraisalOverdue")).toContainText("An appraisal is overdue");
  await expect(rowOf("notJoinedSoon")).toContainText("Not joined yet: Student, Tutor, and Contact person");
  await expect(rowOf("contactMissing")).toContainText("Not joined yet: Contact person");
  await expect(rowOf("finishedUnsigned")).toContainText("Evaluation not sealed after the last day");
  await expect(rowOf("farAhead")).toContainText("Nothing needed");
  // The signals, each with its text for screen readers.
  await expect(rowOf("sealed")).toContainText("Sealed");
  await expect(rowOf("signedByStudent")).toContainText("Signed by the student");
  await expect(rowOf("mixedAttendance").getByRole("img", { name: /^Attendance so far: \d+ present, [1-9]\d* absent, [1-9]\d* excused, [1-9]\d* not declared$/ })).toBeVisible();
  const today = seeded.today;
  const runningLogged = workingDays(addDays(today, -20), addDays(today, -1)).length;
  const runningExpected = workingDays(addDays(today, -20), addDays(today, 21)).length;
  await expect(rowOf("runningWell").getByRole("progressbar", { name: `Days logged: ${runningLogged} of ${runningExpected} working days` })).toBeVisible();
  await expect(rowOf("contactMissing").getByRole("img", { name: "Contact person: not joined yet" })).toBeVisible();
  await expect(rowOf("contactMissing").getByRole("img", { name: "Student: joined" })).toBeVisible();
  await expect(rowOf("runningWell").getByRole("img", { name: /^Weeks confirmed by the tutor: 2 of 3 begun$/ })).toBeVisible();
  await expectNoAxeViolationsAtBothWidths(page, "officer dashboard with twelve exchanges");

  // The CSV names the people, the student's home and the arrival checklist.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export as CSV" }).click()]);
  const lines = (await readFile((await download.path())!)).subarray(3).toString("utf8").split("\r\n");
  expect(lines[0]).toMatch(
    /,Tutor,Tutor's e-mail,Contact person,Contact person's e-mail,Home NMO,Home country,Arrival checklist done,Arrival checklist items,Needs attention$/,
  );
  const ana = lines.find((line) => line.startsWith(`${names.runningWell},`));
  expect(ana).toMatch(/,Dr\. Tutor of Ana,tutor\.runningwell@example\.org,Chris Contact,chris@example\.org,IFMSA-Brazil,Brazil,0,5,$/);
  expect(lines.find((line) => line.startsWith(`${names.notJoinedSoon},`))).toMatch(/,"Not joined yet: Student, Tutor, and Contact person"$/);
  expect(lines).toHaveLength(14);

  // Filters and sort are kept on the device across a reload.
  await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Ongoing" });
  await table.getByRole("button", { name: "Student" }).click();
  await expect(rows).toHaveCount(5);
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("ongoing");
  await expect(table.getByRole("columnheader", { name: "Student" })).toHaveAttribute("aria-sort", "ascending");
  await expect(rows).toHaveCount(5);
  const ongoing = await rows.locator("th[scope=row] a").allTextContents();
  expect(ongoing).toEqual([...ongoing].sort((a, b) => a.localeCompare(b)));

  // An empty result says so and offers to clear the filters.
  await page.getByRole("combobox", { name: "Kind" }).selectOption({ label: "Professional (SCOPE)" });
  await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Finished" });
  await expect(page.getByText("No exchange matches these filters.")).toBeVisible();
  await expect(table).toHaveCount(0);
  await expectNoAxeViolationsAtBothWidths(page, "officer dashboard, nothing matches");
  await page.getByRole("button", { name: "Clear the filters" }).click();
  await expect(rows).toHaveCount(12);
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("");

  // On a phone: one card per exchange with the same signals; the cancelled one says so.
  await page.setViewportSize(phone);
  await expect(table).toBeHidden();
  const cards = page.getByRole("list", { name: "Exchanges, one card each" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(cards).toHaveCount(12);
  const cancelled = cards.filter({ has: page.getByRole("link", { name: names.cancelled, exact: true }) });
  await expect(cancelled).toContainText("Cancelled");
  await expect(cancelled).toContainText("Visa refused");
  await expect(cancelled).toHaveCSS("border-top-style", "dashed");
  const silentCard = cards.filter({ has: page.getByRole("link", { name: names.silent, exact: true }) });
  await expect(silentCard.getByRole("progressbar", { name: /^Days logged:/ })).toBeVisible();
  await expect(silentCard).toContainText(/No entry for \d working days/);
  await cancelled.screenshot({ path: testInfo.outputPath("dashboard-390-cancelled-card.png") });
  await silentCard.screenshot({ path: testInfo.outputPath("dashboard-390-attention-card.png") });
  // The cards have no headers to press: a picker sorts them, needs-attention first again.
  await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Needs you first" });
  await expect(cards.first()).toContainText(names.silent);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath("dashboard-390-first-screen.png") });
  await page.screenshot({ path: testInfo.outputPath("dashboard-390.png"), fullPage: true });
});
