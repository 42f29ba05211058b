// The student on a 360 px Android phone, ten days into the exchange: every section in view and
// today's entry one tap away, "Your stay" naming only the contact person before the committee
// writes anything, "All days" telling weekends,
// absences, excused days, days to come and days not written apart in words, the stamp of an
// entry saying "you on this phone" (and the student's name and device to the tutor), and the
// line breaks people typed kept on the other person's screen.
import { test, expect, expectNoAxeViolationsAtBothWidths } from "./fixtures";
import { provisionInvites, setupTokenFromOutput } from "../helpers/provision";
import { addDays, todayIso, workingDays } from "../../src/logbook/rules/calendar";
import { JoinPage } from "./pages";
import { longDayName, StudentLogbook } from "./student-pages";
import { TutorReview } from "./tutor-pages";

const android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const today = todayIso(new Date());
const startDate = addDays(today, -9);
const endDate = addDays(startDate, 27);
const past = workingDays(startDate, addDays(today, -1));
const [absentDay, excusedDay, unwrittenDay] = [past[0]!, past[1]!, past[2]!];
const weekend = Array.from({ length: 10 }, (_, i) => addDays(startDate, i)).find((date) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()))!;
const toCome = workingDays(addDays(today, 1), endDate)[0]!;
const shortDay = (date: string) => new Intl.DateTimeFormat("en-US", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));

test("a student's phone: sections in view, days told apart in words, 'you on this phone', line breaks kept", async ({ isolatedBrowser: browser, server }) => {
  test.setTimeout(180_000);
  const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()), { startDate, endDate });
  const page = await (await browser.newContext({ viewport: { width: 360, height: 780 }, userAgent: android })).newPage();
  await new JoinPage(page).joinThrough(exchange.invites.student, /Join as the student of/);
  const logbook = await StudentLogbook.fromHome(page);

  // The home: every section in view without scrolling sideways.
  const links = page.getByRole("navigation", { name: "Logbook sections" }).getByRole("link");
  for (const link of await links.all()) {
    const box = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // Before the committee has written anything, "Your stay" holds only who the contact person is.
  const stay = page.getByRole("region", { name: "Your stay" });
  await expect(stay.getByRole("heading", { level: 3, name: "Your contact person" })).toBeVisible();
  await expect(stay.getByRole("heading", { level: 3, name: "Where you stay" })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // One tap to today's entry; a line break in it; the stamp says this phone.
  await page.getByRole("link", { name: "Write today's entry" }).click();
  await page.getByLabel("Activities").fill("Ward round.\nTwo admissions.");
  await expect(page.locator(".edited")).toContainText("Last changed by you on this phone");

  await logbook.openAttendance();
  await logbook.attendanceChoice(longDayName(absentDay), "Absent").check();
  await page.getByLabel("Reason").fill("Fever,\nstayed at home");
  await logbook.attendanceChoice(longDayName(excusedDay), "Excused").check();

  // "All days" says what each day is, in words.
  await page.goto(`${server.url}${logbook.base}/days`);
  const row = (date: string) => page.getByRole("listitem").filter({ has: page.getByRole("link", { name: shortDay(date), exact: true }) });
  await expect(row(absentDay)).toContainText("Absent");
  await expect(row(excusedDay)).toContainText("Excused");
  await expect(row(weekend)).toContainText("Weekend");
  await expect(row(toCome)).toContainText("To come");
  await expect(row(unwrittenDay)).toContainText("not written");
  await expect(row(today)).toContainText("logged");
  for (const date of [absentDay, excusedDay, weekend, toCome]) await expect(row(date)).not.toContainText("not written");
  await expectNoAxeViolationsAtBothWidths(page, "student's days");

  // The tutor, on a laptop, reads the entry with its line break and the student's name and device.
  const tutorPage = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await new JoinPage(tutorPage).joinThrough(exchange.invites.tutor, /Join as tutor of/);
  const review = await TutorReview.fromHome(tutorPage);
  const entry = tutorPage.getByRole("article", { name: new RegExp(longDayName(today)) });
  await expect(entry).toContainText("Ward round.");
  expect(await entry.locator("p", { hasText: "Activities:" }).innerText()).toContain("Ward round.\nTwo admissions.");
  await expect(entry).toContainText("Last changed by Sam Student · Android phone");
  const reason = tutorPage.getByRole("row", { name: longDayName(absentDay) });
  await expect(reason).toContainText("Fever,");
  expect(await reason.innerText()).toContain("Fever,\nstayed at home");
  await review.comment(today).fill("Good.\nKeep going.");

  // The student reads the comment, line break kept.
  await logbook.openDay(today);
  const comment = page.getByRole("region", { name: "Your tutor's comment" });
  await expect(comment).toContainText("Good.", { timeout: 30_000 });
  expect(await comment.innerText()).toContain("Good.\nKeep going.");
});
