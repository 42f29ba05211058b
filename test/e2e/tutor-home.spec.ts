// The tutor's home on a laptop, in week 4 of an eight-week exchange: it opens on what needs the
// tutor (days written since the last visit, weeks waiting for confirmation, the appraisal due,
// the final evaluation), folds the weeks that need nothing, and marks what is new since the last
// visit, which the device remembers.
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { provisionInvites, redeem, setupTokenFromOutput, tokenFromLink } from "../helpers/provision";
import { writeDocument, writeStudentLogbook } from "../helpers/seed-logbook";
import { studentRoots } from "../../src/logbook/student-document";
import { addDays, todayIso, weekOf, workingDays } from "../../src/logbook/rules/calendar";
import { JoinPage } from "./pages";
import { TutorReview } from "./tutor-pages";
import { longDayName } from "./student-pages";

const today = todayIso(new Date());
const startDate = addDays(today, -24);
const endDate = addDays(startDate, 55);
const written = workingDays(startDate, addDays(today, -1));
const lastWritten = written.at(-1)!;

test("the tutor's home opens on what needs the tutor, folds the weeks that need nothing and marks what is new", async ({ isolatedBrowser: browser, server }) => {
  test.setTimeout(180_000);
  const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()), { startDate, endDate });
  const student = await redeem(server.url, tokenFromLink(exchange.invites.student));
  const studentDocument = `exchange/${exchange.exchangeId}/student`;
  await writeDocument(server.url, studentDocument, student.token, (doc) =>
    writeStudentLogbook(doc, {
      days: written.map((date, index) => ({ date, hours: 7, texts: { activities: `Day ${index + 1} on the ward.` } })),
      attendance: written.map((date) => ({ date, status: "present" as const })),
    }),
  );

  // The first visit, two hours ago by the laptop's clock.
  const tutorPage = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await tutorPage.clock.setFixedTime(Date.now() - 2 * 3_600_000);
  await new JoinPage(tutorPage).joinThrough(exchange.invites.tutor, /Join as tutor of/);
  const review = await TutorReview.fromHome(tutorPage);
  await expect(review.summary).toContainText(`${written.length} days written so far.`);
  await expect(review.summary).toContainText("3 weeks waiting for your confirmation: week 1, week 2, week 3");
  await expect(review.summary).toContainText("First quarterly appraisal: overdue since");
  await expect(review.summary).toContainText("Final evaluation: it can be signed from");
  // The summary comes before the day-by-day logbook.
  const [summaryTop, weekTop] = await Promise.all([review.summary.boundingBox(), tutorPage.locator("#week-1-details").boundingBox()]);
  expect(summaryTop!.y).toBeLessThan(weekTop!.y);
  await review.confirmation(1).check();
  await review.confirmation(2).check();

  // Meanwhile the student rewrites the last day.
  await writeDocument(server.url, studentDocument, student.token, (doc) => {
    const text = doc.getText(studentRoots.dayText(lastWritten, "reflection"));
    text.insert(0, "Presented my first case.");
    doc.getMap(studentRoots.day(lastWritten)).set("editedAt", Date.now());
  });

  // The next visit.
  await tutorPage.clock.setFixedTime(Date.now());
  await tutorPage.reload();
  await expect(review.summary).toContainText("1 day written or changed since your last visit");
  await review.summary.getByRole("link", { name: /^[A-Z][a-z]{2}, / }).click();
  const entry = tutorPage.getByRole("article", { name: new RegExp(`^New ${longDayName(lastWritten)}`) });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText("Presented my first case.");
  await expect(tutorPage.locator(".new-badge")).toHaveCount(1);
  await expect(review.summary).toContainText("1 week waiting for your confirmation: week 3");

  // Weeks 1 and 2 are done and fold; week 3 waits, week 4 is this one; weeks 5 to 8 are to come.
  const current = weekOf(today, startDate)!;
  for (let week = 1; week <= 8; week++) {
    await expect(review.weekDetails(week), `week ${week}`).toHaveJSProperty("open", week === 3 || week === current);
  }
  const folded = await tutorPage.evaluate(() => document.documentElement.scrollHeight);
  await tutorPage.evaluate(() => document.querySelectorAll("details.week").forEach((week) => ((week as HTMLDetailsElement).open = true)));
  const unfolded = await tutorPage.evaluate(() => document.documentElement.scrollHeight);
  test.info().annotations.push({ type: "page height", description: `${folded} px folded, ${unfolded} px with every week open` });
  expect(folded).toBeLessThan(unfolded * 0.6);
  await tutorPage.evaluate(() => document.querySelectorAll("details.week").forEach((week, index) => ((week as HTMLDetailsElement).open = index === 2 || index === 3)));

  // A folded week opens from the keyboard.
  await expect(review.comment(written[0]!)).toBeHidden();
  await review.weekDetails(1).locator("summary").focus();
  await tutorPage.keyboard.press("Enter");
  await expect(review.comment(written[0]!)).toBeVisible();

  await expectNoAxeViolations(tutorPage, "tutor's home, 1280 px");
  await tutorPage.setViewportSize({ width: 360, height: 780 });
  await expectNoAxeViolations(tutorPage, "tutor's home, 360 px");
  expect(await tutorPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
