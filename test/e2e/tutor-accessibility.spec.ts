// The tutor's review screens under axe, on a laptop and on a phone, with something on them to
// review; and a tutor of two students moving between them on one device.
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { createExchange, exchangeForm, provisionInvites, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage } from "./pages";
import { longDayName, preparationCard, StudentLogbook } from "./student-pages";
import { TutorReview } from "./tutor-pages";

const widths = [
  { name: "laptop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 360, height: 780 } },
];

test("the tutor's logbook and appraisal screens have no axe violations on a laptop or a phone", async ({ isolatedBrowser: browser, server }) => {
  const { officer, exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()));
  const second = await createExchange(server.url, officer.token, { student: { ...exchangeForm().student, name: "Lee Learner" } });

  // The student logs a day, an absence with its reason and a self-assessment.
  const studentPage = await (await browser.newContext({ viewport: widths[1]!.viewport })).newPage();
  await new JoinPage(studentPage).joinThrough(exchange.invites.student, /Join as the student of/);
  const logbook = await StudentLogbook.fromHome(studentPage);
  await logbook.writeDay("2026-07-01", { hours: "7", activities: "Ward round.", reflection: "Sepsis bundles." });
  await studentPage.getByLabel("Data collection").check();
  await logbook.openAttendance();
  await logbook.attendanceChoice(longDayName("2026-07-01"), "Present").check();
  await logbook.attendanceChoice(longDayName("2026-07-02"), "Absent").check();
  await studentPage.getByLabel("Reason").fill("Fever");
  await studentPage.goto(`${server.url}${logbook.base}/appraisals`);
  await studentPage.locator("#mid-exchange-self").fill("Learning fast.");

  // One device, tutor of two students.
  const tutorPage = await (await browser.newContext({ viewport: widths[0]!.viewport })).newPage();
  await new JoinPage(tutorPage).joinThrough(exchange.invites.tutor, /Join as tutor of Sam Student/);
  await new JoinPage(tutorPage).joinThrough(second.invites.tutor, /Join as tutor of Lee Learner/);
  const review = await TutorReview.fromHome(tutorPage, "Sam Student");
  await expect(tutorPage.getByText("Ward round.")).toBeVisible();
  await expect(review.week(1).getByRole("row", { name: longDayName("2026-07-02") })).toContainText("Fever");
  await review.comment("2026-07-01").fill("Well observed.");
  await review.confirmation(1).check();

  for (const { name, viewport } of widths) {
    await tutorPage.setViewportSize(viewport);
    await review.openWeeks();
    await expect(review.comment("2026-07-01")).toHaveValue("Well observed.");
    await expect(preparationCard(tutorPage)).toContainText("Basic statistics.");
    await expectNoAxeViolations(tutorPage, `tutor's logbook by week (${name})`);
    await review.openAppraisals();
    await expect(review.appraisal("Mid-exchange appraisal")).toContainText("Learning fast.");
    await review.assessment("Mid-exchange appraisal").fill("On track.");
    await expectNoAxeViolations(tutorPage, `tutor's appraisals (${name})`);
  }

  // "My students": from Sam's logbook to Lee's and back, without a reload.
  await review.openWeeks();
  const students = tutorPage.getByRole("region", { name: "My students" });
  await expect(students.getByRole("link")).toHaveCount(1);
  await students.getByRole("link", { name: "Lee Learner" }).click();
  await expect(tutorPage.getByText("You are the tutor of Lee Learner.")).toBeVisible();
  await expect(tutorPage.getByText("Ward round.")).toHaveCount(0);
  await expect(review.comment("2026-07-01")).toHaveCount(0);
  await tutorPage.getByRole("region", { name: "My students" }).getByRole("link", { name: "Sam Student" }).click();
  await expect(tutorPage.getByText("You are the tutor of Sam Student.")).toBeVisible();
  await expect(review.comment("2026-07-01")).toHaveValue("Well observed.");
});
