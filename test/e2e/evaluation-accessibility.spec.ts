// axe on every evaluation screen, in the states people meet them in, at phone and laptop widths:
// the parts being written, review and sign, signed, sealed, both certificates, and /verify.
import { test, expect, expectNoAxeViolationsAtBothWidths } from "./fixtures";
import { provisionInvites, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage } from "./pages";
import { FinalEvaluation, withOneCharacterChanged } from "./evaluation-pages";

const checkAtBothWidths = expectNoAxeViolationsAtBothWidths;

test("the evaluation, signing, certificate and verification screens have no axe violations", async ({ isolatedBrowser: browser, server }) => {
  test.setTimeout(240_000);
  const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()));
  const studentPage = await (await browser.newContext()).newPage();
  await new JoinPage(studentPage).joinThrough(exchange.invites.student, /Join as the student of/);
  const student = await FinalEvaluation.fromHome(studentPage);
  const tutorPage = await (await browser.newContext()).newPage();
  await new JoinPage(tutorPage).joinThrough(exchange.invites.tutor, /Join as tutor of/);
  const tutor = await FinalEvaluation.fromHome(tutorPage);

  await student.open();
  await checkAtBothWidths(studentPage, "student's evaluation, empty");
  await student.fillOwnPart(5, { label: /^What went well/, text: "Everything." });
  await tutor.open();
  await checkAtBothWidths(tutorPage, "tutor's evaluation, the student's part written");
  await tutor.fillOwnPart(4, { label: /^Strengths of the student/, text: "Thorough." });

  await student.openSigning();
  await expect(studentPage.getByText("Thorough.")).toBeVisible({ timeout: 20_000 });
  await checkAtBothWidths(studentPage, "student's review and sign");
  await student.signButton.click();
  await expect(student.ownSignature).toHaveText(/You: Signed\.$/, { timeout: 20_000 });
  await checkAtBothWidths(studentPage, "student's review and sign, signed");

  await tutor.openSigning();
  await expect(tutor.otherSignature).toContainText("Signed.", { timeout: 20_000 });
  await checkAtBothWidths(tutorPage, "tutor's review and sign, the student signed");
  await tutor.signButton.click();
  await expect(tutor.ownSignature).toContainText("Signed and sealed.", { timeout: 20_000 });
  await checkAtBothWidths(tutorPage, "tutor's review and sign, sealed");
  await tutor.open();
  await expect(tutorPage.getByText("This evaluation was signed by both of you and is sealed")).toBeVisible();
  await checkAtBothWidths(tutorPage, "tutor's evaluation, sealed");

  await tutor.openCertificate();
  await expect(tutorPage.getByRole("heading", { name: "Certificate of Tutorship" })).toBeVisible();
  await checkAtBothWidths(tutorPage, "tutor's certificate");
  await student.openCertificate();
  await expect(studentPage.getByRole("img", { name: "QR code to verify this certificate" })).toBeVisible();
  await checkAtBothWidths(studentPage, "student's certificate");

  const link = await student.verifyLink();
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${server.url}/verify`);
  await expect(visitor.getByRole("heading", { level: 1, name: "Verify a certificate" })).toBeVisible();
  await checkAtBothWidths(visitor, "verify, empty");
  await visitor.goto(link);
  await expect(visitor.getByTestId("verify-valid")).toBeVisible();
  await checkAtBothWidths(visitor, "verify, valid certificate");
  await visitor.goto(withOneCharacterChanged(link, 30));
  await expect(visitor.getByTestId("verify-invalid")).toBeVisible();
  await checkAtBothWidths(visitor, "verify, changed certificate");
});
