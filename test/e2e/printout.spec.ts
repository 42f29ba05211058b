// The printout replaces the paper logbook: printed to PDF by Chromium and read back, it holds
// every part of the paper logbook in its order, with the right totals, and the state of the
// signatures with the certificate codes.
import { test, expect } from "./fixtures";
import { createExchange, redeem, redeemSigner, setupTokenFromOutput, tokenFromLink } from "../helpers/provision";
import { writeDocument, writeStudentLogbook, writeTutorDocument } from "../helpers/seed-logbook";
import { completeEvaluationTexts, evaluationStatus, fillAndSign } from "../helpers/seal-evaluation";
import { pdfPagesText } from "../helpers/pdf-text";
import { JoinPage } from "./pages";
import { StudentLogbook } from "./student-pages";
import { workingDays } from "../../src/logbook/rules/calendar";

const form = {
  description: "Collect lactate values in the ICU.\nAnalyse them with the team.",
  department: "Intensive care",
  hostInstitution: "University Hospital Lisbon",
  student: { name: "Sam Student", email: "sam@example.org", levelOfStudies: "4th year", university: "University of Ghent", homeNmo: "BeMSA", homeCountry: "Belgium" },
  contact: { name: "Chris Contact", email: "chris@example.org", phone: "+351 912 345 678" },
};
const days = workingDays("2026-07-01", "2026-07-28");

test("the printout holds the whole logbook in the paper's order, with the right totals", async ({ page, server }) => {
  test.setTimeout(180_000);
  const officer = await redeem(server.url, setupTokenFromOutput(server.output()), { name: "Olivia Officer", committeeName: "BeMSA Leuven" });
  const exchange = await createExchange(server.url, officer.token, form);
  const student = await redeemSigner(server.url, tokenFromLink(exchange.invites.student));
  const tutor = await redeemSigner(server.url, tokenFromLink(exchange.invites.tutor));
  const id = exchange.exchangeId;

  await writeDocument(server.url, `exchange/${id}/student`, student.token, (doc) =>
    writeStudentLogbook(doc, {
      expectations: "Learn how a clinical study runs.\nImprove my Portuguese.",
      days: [
        { date: "2026-07-01", hours: 7, texts: { activities: "Ward round and sepsis screening." }, skills: ["data-collection"] },
        { date: "2026-07-02", hours: 6.5, texts: { activities: "Entered lactate values.", reflection: "Check every value twice." }, skills: ["statistics"] },
      ],
      attendance: [
        ...days.slice(0, 17).map((date) => ({ date, status: "present" as const })),
        { date: days[17]!, status: "absent" as const, reason: "Fever, stayed at home" },
        { date: days[18]!, status: "excused" as const, reason: "Exam at home" },
      ],
      appraisals: [
        { id: "mid-exchange", self: "Settling in well.", met: "partly" },
        { id: "end-of-exchange", self: "Learned to clean data.", met: "yes" },
      ],
    }),
  );
  await writeDocument(server.url, `exchange/${id}/tutor`, tutor.token, (doc) =>
    writeTutorDocument(doc, {
      comments: { "2026-07-01": "Good start." },
      confirmedWeeks: [{ week: 1, note: "Seen every day." }, { week: 2 }, { week: 3 }, { week: 4 }],
      appraisals: { "mid-exchange": "Reliable and curious.", "end-of-exchange": "Ready for a thesis." },
    }),
  );
  const { byTutor } = await fillAndSign(server.url, id, student, tutor);
  expect(byTutor.status).toBe(200);
  // The student's printout names the student's own certificate.
  const codes = Object.values((await evaluationStatus(server.url, id, student.token)).certificates).map((c) => c.code);
  expect(codes).toHaveLength(1);

  // The student's phone joins through a link for another device, and opens the printout.
  const link = (await (
    await fetch(`${server.url}/api/me/device-invite`, { method: "POST", headers: { Authorization: `Bearer ${student.token}` } })
  ).json()) as { invite: string };
  await page.setViewportSize({ width: 390, height: 844 });
  await new JoinPage(page).joinThrough(link.invite, /Join as the student of/);
  const logbook = await StudentLogbook.fromHome(page);
  await page.goto(`${server.url}${logbook.base}/export`);
  const printout = page.getByRole("article", { name: /Logbook of Sam Student/ });
  await expect(printout).toContainText("Ready for a thesis.");
  await expect(printout).toContainText(codes[0]!);
  await expect(printout).toContainText("Chris Contact");

  const text = (await pdfPagesText(new Uint8Array(await page.pdf({ format: "A4" })))).join("\n");
  const flat = text.replace(/\s+/g, " ");
  // The paper logbook's parts, in its order.
  const sections = [
    "Logbook for Academic Quality",
    "Project description",
    "Student's expectations",
    "Daily log",
    "Attendance",
    "Regular assessment",
    "General evaluation of the student's performance",
    "Student's feedback",
    "Signatures and seal",
  ];
  const positions = sections.map((heading) => flat.indexOf(heading));
  expect(sections.filter((_, i) => positions[i] === -1), "sections missing from the PDF").toEqual([]);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  // The cover.
  for (const fact of ["Sam Student", "4th year", "University of Ghent", "BeMSA", "Belgium", "BeMSA Leuven", "University Hospital Lisbon", "Intensive care", "Olivia Officer", "Chris Contact", "chris@example.org", "+351 912 345 678", "Jul 1, 2026", "Jul 28, 2026"]) {
    expect(flat, fact).toContain(fact);
  }
  // The project, the expectations with their line breaks, the days with hours and skills.
  expect(text).toContain("Collect lactate values in the ICU.\nAnalyse them with the team.");
  expect(text).toContain("Learn how a clinical study runs.\nImprove my Portuguese.");
  for (const fact of ["Ward round and sepsis screening.", "7 h", "6.5 h", "Data collection", "Statistics", "Check every value twice.", "Good start."]) expect(flat, fact).toContain(fact);
  // Attendance with reasons, the right totals and the tutor's weekly confirmations.
  expect(flat).toContain("17 present, 1 absent, 1 excused, 1 not declared");
  for (const fact of ["Fever, stayed at home", "Exam at home", "Week 1 confirmed", "Seen every day.", "Week 4 confirmed"]) expect(flat, fact).toContain(fact);
  // Every appraisal with both parts.
  for (const fact of ["Mid-exchange appraisal", "Settling in well.", "Reliable and curious.", "End-of-exchange appraisal", "Learned to clean data.", "Ready for a thesis."]) expect(flat, fact).toContain(fact);
  // The final evaluation, both parts, and the seal with the certificate codes.
  expect(text).toContain(completeEvaluationTexts.tutor.strengths);
  expect(flat).toContain(completeEvaluationTexts.student.highlights);
  expect(flat).toContain("Signed by both and sealed");
  for (const code of codes) expect(flat).toContain(code);
  expect(flat).toContain(`Anyone can check a certificate at ${server.url}/verify with its verification code.`);
  expect(flat).toContain("Present on 17 of 20 working days");
});
