// A signature covers one version of the evaluation. Here the student signs while their
// signature cannot reach the server, the tutor then changes their part: the student's screen
// says the signature no longer counts, and when it does reach the server, the server refuses it.
// An accepted signature also stops counting when the content changes afterwards.
import { test, expect } from "./fixtures";
import { provisionInvites, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage, StatusBar } from "./pages";
import { FinalEvaluation } from "./evaluation-pages";
import type { EvaluationStatus } from "../../src/evaluation/evaluation-status";

const stale = "Changed since you signed — review and sign again.";

test("an edit after signing invalidates the signature: the screen says so and the server refuses the stale one", async ({ isolatedBrowser: browser, server }) => {
  test.setTimeout(240_000);
  const { officer, exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()));
  const status = async () =>
    (await (await fetch(`${server.url}/api/evaluations/${exchange.exchangeId}`, { headers: { Authorization: `Bearer ${officer.token}` } })).json()) as EvaluationStatus;

  const studentPage = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await new JoinPage(studentPage).joinThrough(exchange.invites.student, /Join as the student of/);
  const student = await FinalEvaluation.fromHome(studentPage);
  await student.open();
  await student.fillOwnPart(4, { label: /^What went well/, text: "Great team." });

  const tutorPage = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await new JoinPage(tutorPage).joinThrough(exchange.invites.tutor, /Join as tutor of/);
  const tutor = await FinalEvaluation.fromHome(tutorPage);
  await tutor.open();
  await tutor.fillOwnPart(3, { label: /^Strengths of the student/, text: "Punctual." });
  await new StatusBar(tutorPage).expectSavedOnServer();

  // 1. The student signs, but the signature cannot reach the server yet.
  await studentPage.route("**/api/evaluations/*/signatures", (route) => route.abort("internetdisconnected"));
  await student.openSigning();
  await expect(studentPage.getByText("Punctual.")).toBeVisible();
  await student.signButton.click();
  await expect(student.ownSignature).toContainText("Signed on this device.");

  // 2. The tutor changes their part: the student's signature no longer counts, and the screen says so.
  const strengths = tutorPage.getByRole("textbox", { name: /^Strengths of the student/ });
  await strengths.fill("Punctual and thorough.");
  await new StatusBar(tutorPage).expectSavedOnServer();
  await expect(studentPage.getByText("Punctual and thorough.")).toBeVisible({ timeout: 20_000 });
  await expect(student.ownSignature).toContainText(stale);

  // 3. The stale signature reaches the server, which refuses it; the screen keeps saying why.
  const refused = studentPage.waitForResponse((response) => response.url().includes("/signatures") && response.request().method() === "POST");
  await studentPage.unroute("**/api/evaluations/*/signatures");
  const response = await refused;
  expect(response.status()).toBe(409);
  expect(await response.json()).toMatchObject({ error: "changed-since-signed", message: stale });
  await expect(student.ownSignature).toContainText(stale);
  expect((await status()).signatures).toEqual([]);

  // 4. Signing the new version is accepted…
  await student.signButton.click();
  await expect(student.ownSignature).toHaveText(/You: Signed\.$/, { timeout: 20_000 });
  expect((await status()).signatures).toMatchObject([{ role: "student", current: true }]);

  // 5. …and stops counting as soon as the tutor edits again, on both screens and on the server.
  await tutor.openSigning();
  await expect(tutor.otherSignature).toContainText("Signed.");
  await tutor.open();
  await tutorPage.getByRole("textbox", { name: /^Strengths of the student/ }).fill("Punctual, thorough and kind.");
  await new StatusBar(tutorPage).expectSavedOnServer();
  await expect(student.ownSignature).toContainText(stale, { timeout: 20_000 });
  await expect.poll(async () => (await status()).signatures.map((s) => s.current)).toEqual([false]);
  await tutor.openSigning();
  await expect(tutor.otherSignature).toContainText("Signed an earlier version");
  expect((await status()).sealed).toBeNull();
});
