// The tutor's review, offline: the student logs two days; the tutor, on a laptop with the server
// stopped, comments on a day, confirms week 1 and writes an appraisal, and a reload keeps it all;
// when the server is back the student reads the comment and the officer's dashboard counts the
// confirmed week.
import { test, expect, waitForServiceWorker } from "./fixtures";
import { startServerProcess } from "../helpers/server-process";
import { provisionInvites, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage, StatusBar } from "./pages";
import { longDayName, StudentLogbook } from "./student-pages";
import { TutorReview } from "./tutor-pages";
import type { DashboardSummary } from "../../src/exchanges/dashboard-row";

const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 800 };
const days = [
  { date: "2026-07-01", hours: "7", activities: "Ward round and sepsis screening.", reflection: "qSOFA is quick but blunt." },
  { date: "2026-07-02", hours: "6.5", activities: "Collected lactate values.", reflection: "Data entry needs a second check." },
];
const comment = "Good eye for the lactate trend. Next: read the Sepsis-3 paper.";
const note = "Both days seen on the ward.";
const assessment = "Reliable and curious; asks good questions.";

async function weeksConfirmed(baseUrl: string, officerToken: string): Promise<number | undefined> {
  const response = await fetch(`${baseUrl}/api/summary`, { headers: { Authorization: `Bearer ${officerToken}` } });
  const summary = (await response.json()) as DashboardSummary;
  return summary.rows[0]?.weeksConfirmed;
}

test("the tutor comments, confirms a week and writes an appraisal offline; the student and the officer see them", async ({ isolatedBrowser: browser }) => {
  test.setTimeout(240_000);
  let server = await startServerProcess();
  try {
    const { officer, exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()));

    // 1. The student logs two days and declares them, online.
    const studentPage = await (await browser.newContext({ viewport: phone })).newPage();
    await new JoinPage(studentPage).joinThrough(exchange.invites.student, /Join as the student of/);
    const logbook = await StudentLogbook.fromHome(studentPage);
    for (const day of days) await logbook.writeDay(day.date, day);
    await logbook.openAttendance();
    for (const day of days) await logbook.attendanceChoice(longDayName(day.date), "Present").check();
    await new StatusBar(studentPage).expectSavedOnServer();

    // 2. The tutor joins on a laptop and sees the two days.
    const tutorPage = await (await browser.newContext({ viewport: laptop })).newPage();
    await new JoinPage(tutorPage).joinThrough(exchange.invites.tutor, /Join as tutor of/);
    await waitForServiceWorker(tutorPage);
    const review = await TutorReview.fromHome(tutorPage);
    for (const day of days) await expect(tutorPage.getByText(day.activities)).toBeVisible();
    await expect(review.week(1).getByRole("row", { name: longDayName(days[0]!.date) })).toContainText("Present");
    await expect(review.week(1).getByRole("row", { name: longDayName("2026-07-03") })).toContainText("Not declared");
    const tutorStatus = new StatusBar(tutorPage);
    await tutorStatus.expectSavedOnServer();
    expect(await weeksConfirmed(server.url, officer.token)).toBe(0);

    // 3. The server stops; the tutor reviews offline.
    await server.stop();
    await tutorStatus.expectOffline();
    await review.comment(days[0]!.date).fill(comment);
    await review.confirmation(1).check();
    await review.weekNote(1).fill(note);
    await expect(review.week(1).getByRole("status")).toContainText("Week 1 confirmed on");
    await review.openAppraisals();
    await expect(review.appraisal("Mid-exchange appraisal")).toContainText("The student has not written it yet.");
    await review.assessment("Mid-exchange appraisal").fill(assessment);
    await expect(review.appraisal("Mid-exchange appraisal")).toContainText("Last changed by you on this computer");
    await expect(tutorStatus.sync).toContainText("not yet on the server");

    // 4. A reload, still offline, keeps everything.
    await tutorPage.reload();
    await expect(review.assessment("Mid-exchange appraisal")).toHaveValue(assessment);
    await review.openWeeks();
    await expect(review.comment(days[0]!.date)).toHaveValue(comment);
    await expect(review.comment(days[1]!.date)).toHaveValue("");
    // A confirmed week of the past needs nothing more: it is folded until the tutor opens it.
    await expect(review.weekDetails(1)).toHaveJSProperty("open", false);
    await review.openWeek(1);
    await expect(review.confirmation(1)).toBeChecked();
    await expect(review.confirmation(2)).not.toBeChecked();
    await expect(review.weekNote(1)).toHaveValue(note);

    // 5. The server is back: the tutor's work uploads, the student reads it, the dashboard counts it.
    server = await startServerProcess({ port: server.port, dataDir: server.dataDir });
    await tutorStatus.expectOnline();
    await tutorStatus.expectSavedOnServer();
    await logbook.openDay(days[0]!.date);
    const fromTutor = studentPage.getByRole("region", { name: "Your tutor's comment" });
    await expect(fromTutor).toContainText(comment, { timeout: 45_000 });
    await logbook.openDay(days[1]!.date);
    await expect(studentPage.getByLabel("Activities")).toHaveValue(days[1]!.activities);
    await expect(studentPage.getByRole("region", { name: "Your tutor's comment" })).toHaveCount(0);
    await studentPage.goto(`${server.url}${logbook.base}/appraisals`);
    await expect(studentPage.getByRole("region", { name: "Your tutor's assessment Mid-exchange appraisal" })).toContainText(assessment);
    await expect.poll(() => weeksConfirmed(server.url, officer.token), { timeout: 30_000 }).toBe(1);
  } finally {
    await server.stop();
  }
});
