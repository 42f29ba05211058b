// An exchange in its third week, as the student and the tutor meet it: attendance declared
// offline is counted on the attendance page as on the home page, days that have not come cannot
// be declared, a week that has not ended cannot be confirmed, and every screen says the same of
// each appraisal and lets nobody write one before it opens.
import { test, expect, waitForServiceWorker } from "./fixtures";
import { startServerProcess } from "../helpers/server-process";
import { provisionInvites, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage, StatusBar } from "./pages";
import { longDayName, StudentLogbook } from "./student-pages";
import { TutorReview } from "./tutor-pages";
import { addDays, todayIso, weekOf, workingDays } from "../../src/logbook/rules/calendar";

const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 800 };

// Day 18 of a 28-day exchange: week 2 is over, week 3 is under way, the mid-exchange appraisal
// (due at the end of week 2) is overdue and the end-of-exchange one has not opened yet.
const today = todayIso(new Date());
const startDate = addDays(today, -17);
const endDate = addDays(startDate, 27);
const days = workingDays(startDate, endDate);
const past = days.filter((date) => date <= today);
const future = days.filter((date) => date > today);

test("attendance, weekly confirmation and appraisals follow the calendar on every screen", async ({ isolatedBrowser: browser }) => {
  test.setTimeout(240_000);
  let server = await startServerProcess();
  try {
    const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()), { startDate, endDate });
    const studentPage = await (await browser.newContext({ viewport: phone })).newPage();
    await new JoinPage(studentPage).joinThrough(exchange.invites.student, /Join as the student of/);
    await waitForServiceWorker(studentPage);
    const logbook = await StudentLogbook.fromHome(studentPage);

    // 1. Offline, ten days present and one absent with its reason; then a reload.
    await server.stop();
    await logbook.openAttendance();
    for (const date of past.slice(0, 10)) await logbook.attendanceChoice(longDayName(date), "Present").check();
    await logbook.attendanceChoice(longDayName(past[10]!), "Absent").check();
    await studentPage.getByLabel("Reason").fill("Fever, stayed at home");
    const summary = studentPage.getByText(/ present, \d+ absent, \d+ excused/);
    const expected = `10 present, 1 absent, 0 excused, ${past.length - 11} not declared yet`;
    await expect(summary).toContainText(expected);
    await studentPage.reload();
    await expect(summary).toContainText(expected);
    // The status bar says it in days, in full, also at 360 px.
    await studentPage.setViewportSize({ width: 360, height: 740 });
    const status = new StatusBar(studentPage);
    // The last sync time follows when the device got an acknowledgement before the server stopped.
    await expect(status.sync).toHaveText(/^11 days of entries not yet on the server( · last synced .+)?$/);
    for (const part of [status.sync, status.connectivity]) {
      const box = (await part.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(await part.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    }
    await studentPage.setViewportSize(phone);
    // Only the days that have come can be declared.
    await expect(studentPage.getByRole("radio", { name: "Present" })).toHaveCount(past.length);
    for (const date of future.slice(0, 2)) await expect(logbook.attendanceChoice(longDayName(date), "Present")).toHaveCount(0);

    // 2. Online again: the same count, here and on the home page.
    server = await startServerProcess({ port: server.port, dataDir: server.dataDir });
    await new StatusBar(studentPage).expectOnline();
    await studentPage.reload();
    await expect(summary).toContainText(expected);
    await studentPage.goto(`${server.url}${logbook.base}`);
    await expect(studentPage.getByText(`10 of ${days.length}`)).toBeVisible();

    // 3. One rule for the appraisals: the home page and the appraisals page say the same.
    const dueOnHome = studentPage.getByRole("region", { name: "Appraisal" });
    await expect(dueOnHome).toContainText("Mid-exchange appraisal: overdue since");
    await studentPage.goto(`${server.url}${logbook.base}/appraisals`);
    const mid = studentPage.getByRole("region", { name: "Mid-exchange appraisal", exact: true });
    const end = studentPage.getByRole("region", { name: "End-of-exchange appraisal", exact: true });
    await expect(mid).toContainText("Overdue since");
    await expect(mid.getByLabel("My self-assessment")).toBeEditable();
    await expect(end).toContainText("Opens on");
    await expect(end.getByLabel("My self-assessment")).not.toBeEditable();
    await expect(end.getByRole("radio")).toHaveCount(0);

    // 4. The tutor can confirm week 2, which is over, and not week 3, which is not.
    const tutorPage = await (await browser.newContext({ viewport: laptop })).newPage();
    await new JoinPage(tutorPage).joinThrough(exchange.invites.tutor, /Join as tutor of/);
    const review = await TutorReview.fromHome(tutorPage);
    await expect(review.week(weekOf(past[10]!, startDate)!).getByRole("row", { name: longDayName(past[10]!) })).toContainText("Fever, stayed at home");
    await expect(review.confirmation(2)).toBeEnabled();
    await expect(review.confirmation(3)).toBeDisabled();
    await expect(review.week(3)).toContainText("can be confirmed from");
    await review.openAppraisals();
    await expect(review.appraisal("Mid-exchange appraisal").getByLabel("Your assessment")).toBeEditable();
    await expect(review.appraisal("End-of-exchange appraisal").getByLabel("Your assessment")).not.toBeEditable();
  } finally {
    await server.stop();
  }
});
