// The officer's project form and dashboard in a real browser: a period outside 4–8 weeks, a
// missing tutor and a bad e-mail each get a clear message at their field (and the server refuses
// the same input with 400); the dashboard exports CSV; a withdrawn invite can no longer be used.
import { readFile } from "node:fs/promises";
import { test, expect } from "./fixtures";
import { exchangeForm, setupTokenFromOutput } from "../helpers/provision";
import { OfficerScreens, phone, sampleExchange, setUpOfficer } from "./officer-pages";

test("the form shows each problem at its field, announces them and focuses the first; the server agrees", async ({ isolatedBrowser: browser, server }) => {
  const { page } = await setUpOfficer(browser, server.url, setupTokenFromOutput(server.output()), phone);
  const officer = new OfficerScreens(page);
  await officer.openHome();
  await officer.startNewExchange();
  await officer.fillExchangeForm({ ...sampleExchange, tutorName: "", tutorEmail: "ana@hospital", startDate: "2026-07-01", endDate: "2026-07-21" });
  await page.getByRole("button", { name: "Create exchange" }).click();

  const tutorName = page.getByLabel("Tutor's name (required)");
  const tutorEmail = page.getByLabel("Tutor's e-mail (required)");
  const endDate = page.getByLabel("Last day (required)");
  await expect(tutorName).toBeFocused();
  await expect(tutorName).toHaveAttribute("aria-invalid", "true");
  await expect(tutorName).toHaveAccessibleDescription(/Enter the tutor's name: every exchange needs a tutor\.$/);
  await expect(tutorEmail).toHaveAccessibleDescription(/Enter an e-mail address like name@example\.org\.$/);
  await expect(endDate).toHaveAccessibleDescription(/An exchange lasts 4 to 8 weeks \(28 to 56 days, first and last day included\)\. This period is 21 days\.$/);
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("3 fields need attention");
  await expect(summary.getByRole("listitem")).toHaveText([
    "Enter the tutor's name: every exchange needs a tutor.",
    "Enter an e-mail address like name@example.org.",
    "An exchange lasts 4 to 8 weeks (28 to 56 days, first and last day included). This period is 21 days.",
  ]);
  await expect(page.getByLabel("Project title (required)")).not.toHaveAttribute("aria-invalid", "true");
  // The summary's links take the officer to the field.
  await summary.getByRole("link", { name: /This period is 21 days/ }).click();
  await expect(endDate).toBeFocused();

  // The server refuses exactly this input too.
  const token = await officer.sessionToken();
  const response = await fetch(`${server.url}/api/exchanges`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ ...exchangeForm(), tutor: { name: "", email: "ana@hospital" }, startDate: "2026-07-01", endDate: "2026-07-21" }),
  });
  expect(response.status).toBe(400);
  expect(((await response.json()) as { fields: unknown }).fields).toEqual({ "tutor.name": "required", "tutor.email": "email", endDate: "periodLength" });

  // Too long a period is as clear; fixing a field clears its message as the officer types.
  await endDate.fill("2026-09-01");
  await expect(endDate).toHaveAccessibleDescription(/This period is 63 days\.$/);
  await endDate.fill("2026-07-28");
  await expect(endDate).not.toHaveAttribute("aria-invalid", "true");
  await tutorName.fill("Dr. Ana Tutor");
  await tutorEmail.fill("ana@hospital.example.org");
  await expect(page.locator("[aria-invalid='true']")).toHaveCount(0);
  await officer.submitNewExchange(sampleExchange.projectTitle);
});

test("the dashboard exports CSV, and a withdrawn invite link no longer works", async ({ isolatedBrowser: browser, server }) => {
  const { page } = await setUpOfficer(browser, server.url, setupTokenFromOutput(server.output()));
  const officer = new OfficerScreens(page);
  await officer.openHome();
  await officer.startNewExchange();
  await officer.fillExchangeForm({ ...sampleExchange, studentName: "Zoë \"Zo\" Müller, MD" });
  await officer.submitNewExchange(sampleExchange.projectTitle);
  const studentLink = await officer.copyInviteLink("Student");

  await officer.withdrawInviteLink("Student");
  await expect(officer.inviteCard("Student").getByRole("status")).toHaveText("The link for the Student was withdrawn.");
  await expect(officer.inviteCard("Student").getByRole("textbox")).toHaveCount(0);
  const student = await (await browser.newContext({ viewport: phone })).newPage();
  await student.goto(studentLink);
  await expect(student.getByRole("alert")).toContainText("This invite link was withdrawn.");

  // A new link works.
  await officer.inviteCard("Student").getByRole("button", { name: /^Make a new link/ }).click();
  const newLink = await officer.copyInviteLink("Student");
  expect(newLink).not.toBe(studentLink);
  // A fresh page: going from one /join# link to another is only a fragment change.
  const again = await student.context().newPage();
  await again.goto(newLink);
  await expect(again.getByRole("heading", { level: 2, name: /Join as the student of/ })).toBeVisible();

  await page.getByRole("link", { name: "Back to the dashboard" }).click();
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("progressbar", { name: "Days logged: 0 of 20 working days" })).toBeVisible();
  await expect(table).toContainText("Not signed");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export as CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^incoming-students-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n");
  expect(lines[0]).toMatch(/^Student,Project,Kind,First day,Last day,Status,Days logged,Days expected,Last sync,/);
  expect(lines[1]).toMatch(/^"Zoë ""Zo"" Müller, MD",Biomarkers of sepsis in the ICU,Research \(SCORE\),2026-07-01,2026-07-28,\w+,0,20,/);
  expect(lines[2]).toBe("");
});
