// The whole paper logbook, done in the app by a student on a phone and a tutor on a laptop: a
// 4-week exchange, ten days written offline with one absence and its reason, self-appraisals,
// the tutor's comments, weekly confirmations and assessments, both parts of the final
// evaluation signed (the tutor offline), the certificate, the printout with every section and
// the right totals, and the certificate checked offline in a browser that was online once.
import { test, expect, waitForServiceWorker } from "./fixtures";
import { startServerProcess } from "../helpers/server-process";
import { provisionInvites, setupTokenFromOutput } from "../helpers/provision";
import { pdfPagesText } from "../helpers/pdf-text";
import { JoinPage, StatusBar, keptAttestationKeys } from "./pages";
import { longDayName, StudentLogbook } from "./student-pages";
import { TutorReview } from "./tutor-pages";
import { FinalEvaluation } from "./evaluation-pages";
import { addDays, todayIso, workingDays } from "../../src/logbook/rules/calendar";

const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 800 };
// Four weeks that ended yesterday: every day has come, and the evaluation can be signed.
const endDate = addDays(todayIso(new Date()), -1);
const startDate = addDays(endDate, -27);
const days = workingDays(startDate, endDate);

test("student and tutor go through the whole logbook, from the first day to a verified certificate", async ({ isolatedBrowser: browser }) => {
  test.setTimeout(480_000);
  let server = await startServerProcess();
  try {
    const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()), { startDate, endDate });

    // The student joins on a phone; then the server is gone for ten working days.
    const studentPage = await (await browser.newContext({ viewport: phone })).newPage();
    await new JoinPage(studentPage).joinThrough(exchange.invites.student, /Join as the student of/);
    await waitForServiceWorker(studentPage);
    const logbook = await StudentLogbook.fromHome(studentPage);
    await server.stop();
    for (const [i, date] of days.slice(0, 10).entries()) {
      await logbook.writeDay(date, { hours: String(6 + (i % 3)), activities: `Day ${i + 1} in the lab.`, reflection: `Lesson ${i + 1}.` });
    }
    await logbook.openAttendance();
    for (const date of days.slice(0, 9)) await logbook.attendanceChoice(longDayName(date), "Present").check();
    await logbook.attendanceChoice(longDayName(days[9]!), "Absent").check();
    await studentPage.getByLabel("Reason").fill("Fever, stayed at home");
    await studentPage.goto(`${server.url}${logbook.base}/appraisals`);
    for (const [name, text] of [["Mid-exchange appraisal", "Settling in."], ["End-of-exchange appraisal", "I can run a data collection now."]] as const) {
      await studentPage.getByRole("region", { name, exact: true }).getByLabel("My self-assessment").fill(text);
    }
    const studentStatus = new StatusBar(studentPage);
    await expect(studentStatus.sync).toContainText("days of entries and more not yet on the server");

    // The server is back: everything reaches it.
    server = await startServerProcess({ port: server.port, dataDir: server.dataDir });
    await studentStatus.expectSavedOnServer();

    // The tutor reviews on a laptop: a comment, four weeks confirmed, both assessments.
    const tutorPage = await (await browser.newContext({ viewport: laptop })).newPage();
    await new JoinPage(tutorPage).joinThrough(exchange.invites.tutor, /Join as tutor of/);
    await waitForServiceWorker(tutorPage);
    const review = await TutorReview.fromHome(tutorPage);
    await expect(tutorPage.getByText("Day 10 in the lab.")).toBeVisible();
    await review.comment(days[0]!).fill("A careful first day.");
    for (const week of [1, 2, 3, 4]) await review.confirmation(week).check();
    await review.openAppraisals();
    await review.assessment("Mid-exchange appraisal").fill("Reliable and curious.");
    await review.assessment("End-of-exchange appraisal").fill("Ready for a thesis.");
    const tutorStatus = new StatusBar(tutorPage);
    await tutorStatus.expectSavedOnServer();

    // The final evaluation: both parts; the tutor signs with the server stopped.
    const student = new FinalEvaluation(studentPage, `${server.url}${logbook.base}`);
    await student.open();
    await student.fillOwnPart(5, { label: /^What went well/, text: "A welcoming team." });
    await studentStatus.expectSavedOnServer();
    const tutor = new FinalEvaluation(tutorPage, `${server.url}${review.base}`);
    await tutor.open();
    await tutor.fillOwnPart(4, { label: /^Strengths of the student/, text: "Careful with data." });
    await tutorStatus.expectSavedOnServer();
    await tutor.openSigning();
    await expect(tutorPage.getByRole("heading", { name: "The student's feedback" })).toBeVisible();
    await server.stop();
    await tutorStatus.expectOffline();
    await tutor.signButton.click();
    await expect(tutor.ownSignature).toContainText("Signed on this device.");
    server = await startServerProcess({ port: server.port, dataDir: server.dataDir });
    await expect(tutor.ownSignature).toHaveText(/You: Signed\.$/, { timeout: 30_000 });
    await student.openSigning();
    await expect(student.otherSignature).toContainText("Signed.", { timeout: 20_000 });
    await student.signButton.click();
    await expect(student.ownSignature).toContainText("Signed and sealed.", { timeout: 20_000 });

    // The certificate, and the printout with every section and the right totals.
    await student.openCertificate();
    await expect(studentPage.getByText("Present on 9 of 20 working days")).toBeVisible();
    const link = await student.verifyLink();
    const code = /[0-9A-Z]{4}-[0-9A-Z]{4}/.exec((await studentPage.getByText(/^Verification code:/).textContent()) ?? "")?.[0];
    await studentPage.goto(`${server.url}${logbook.base}/export`);
    await expect(studentPage.getByRole("article")).toContainText(code!);
    const text = (await pdfPagesText(new Uint8Array(await studentPage.pdf({ format: "A4" })))).join("\n").replace(/\s+/g, " ");
    for (const part of [
      "Logbook for Academic Quality",
      "Project description",
      "Student's expectations",
      "Daily log",
      "10 days written",
      "Day 10 in the lab.",
      "A careful first day.",
      "9 present, 1 absent, 0 excused, 10 not declared",
      "Fever, stayed at home",
      "Week 4 confirmed",
      "Regular assessment",
      "I can run a data collection now.",
      "Ready for a thesis.",
      "General evaluation of the student's performance",
      "Careful with data.",
      "Student's feedback",
      "A welcoming team.",
      "Signed by both and sealed",
      code!,
    ]) {
      expect(text, part).toContain(part);
    }

    // A stranger's browser, online once, checks the certificate with the server stopped.
    const stranger = await browser.newContext({ viewport: phone });
    const welcome = await stranger.newPage();
    await welcome.goto(server.url);
    await expect(welcome.getByRole("heading", { level: 1, name: "Welcome" })).toBeVisible();
    await waitForServiceWorker(welcome);
    await expect.poll(() => keptAttestationKeys(welcome)).toBe(1);
    await server.stop();
    const verify = await stranger.newPage();
    await verify.goto(link);
    await expect(verify.getByTestId("verify-valid")).toContainText("Valid certificate");
  } finally {
    await server.stop();
  }
});
