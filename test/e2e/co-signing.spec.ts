// The end of an exchange: student and tutor each fill in their part of the final evaluation, the
// tutor signs with the server stopped, the student signs online, the evaluation is sealed, both
// certificates render, and /verify accepts the original and refuses a changed one, also offline.
import { test, expect, waitForServiceWorker } from "./fixtures";
import { startServerProcess } from "../helpers/server-process";
import { provisionInvites, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage, StatusBar } from "./pages";
import { FinalEvaluation, withOneCharacterChanged } from "./evaluation-pages";
import { readQrDataUrl } from "../helpers/qr-code";
import type { EvaluationStatus } from "../../src/evaluation/evaluation-status";

const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 800 };

async function evaluationStatus(baseUrl: string, token: string, exchangeId: string): Promise<EvaluationStatus> {
  const response = await fetch(`${baseUrl}/api/evaluations/${exchangeId}`, { headers: { Authorization: `Bearer ${token}` } });
  return (await response.json()) as EvaluationStatus;
}

test("co-signed offline and online, sealed, with certificates that verify offline and fail when changed", async ({ isolatedBrowser: browser }) => {
  test.setTimeout(300_000);
  let server = await startServerProcess();
  try {
    const { officer, exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()));

    // 1. Each fills in their part, online.
    const studentPage = await (await browser.newContext({ viewport: phone })).newPage();
    await new JoinPage(studentPage).joinThrough(exchange.invites.student, /Join as the student of/);
    await waitForServiceWorker(studentPage);
    const student = await FinalEvaluation.fromHome(studentPage);
    await student.open();
    await student.fillOwnPart(5, { label: /^What went well/, text: "A welcoming team and real data to work with." });
    await new StatusBar(studentPage).expectSavedOnServer();

    const tutorPage = await (await browser.newContext({ viewport: laptop })).newPage();
    await new JoinPage(tutorPage).joinThrough(exchange.invites.tutor, /Join as tutor of/);
    await waitForServiceWorker(tutorPage);
    const tutor = await FinalEvaluation.fromHome(tutorPage);
    await tutor.open();
    await expect(tutorPage.getByText("A welcoming team and real data to work with.")).toBeVisible();
    const tutorStatus = new StatusBar(tutorPage);
    await tutorStatus.expectSavedOnServer();

    // 2. The server stops; the tutor writes their part and signs.
    await server.stop();
    await tutorStatus.expectOffline();
    await tutor.fillOwnPart(4, { label: /^Strengths of the student/, text: "Careful with data, curious, punctual." });
    await tutorPage.getByRole("link", { name: "Review and sign" }).click();
    await expect(tutorPage.getByRole("heading", { level: 1, name: "Review and sign the final evaluation" })).toBeVisible();
    await expect(tutorPage.getByText("Careful with data, curious, punctual.")).toBeVisible();
    await tutor.signButton.click();
    await expect(tutor.ownSignature).toContainText("Signed on this device. It will be sent when the server can be reached.");
    await tutorPage.reload();
    await expect(tutor.ownSignature).toContainText("Signed on this device.");

    // 3. The server is back: the tutor's signature arrives from the outbox.
    server = await startServerProcess({ port: server.port, dataDir: server.dataDir });
    await expect(tutor.ownSignature).toHaveText(/You: Signed\.$/, { timeout: 30_000 });
    expect((await evaluationStatus(server.url, officer.token, exchange.exchangeId)).signatures.map((s) => [s.role, s.current])).toEqual([["tutor", true]]);

    // 4. The student reviews and signs online: sealed.
    await student.openSigning();
    await expect(studentPage.getByText("Careful with data, curious, punctual.")).toBeVisible();
    await expect(student.otherSignature).toContainText("Signed.", { timeout: 20_000 });
    await student.signButton.click();
    await expect(student.ownSignature).toContainText("Signed and sealed.", { timeout: 20_000 });
    const sealed = await evaluationStatus(server.url, officer.token, exchange.exchangeId);
    expect(sealed.sealed?.content.tutor.texts.strengths).toBe("Careful with data, curious, punctual.");

    // The tutor's screen turns read-only.
    await tutor.open();
    await expect(tutorPage.getByText("This evaluation was signed by both of you and is sealed")).toBeVisible({ timeout: 20_000 });
    await expect(tutorPage.getByRole("radio")).toHaveCount(0);

    // 5. Both certificates render.
    await tutor.openCertificate();
    await expect(tutorPage.getByRole("heading", { name: "Certificate of Tutorship" })).toBeVisible();
    await student.openCertificate();
    await expect(studentPage.getByRole("heading", { name: "Certificate of Research Exchange" })).toBeVisible();
    await expect(studentPage.getByRole("img", { name: "QR code to verify this certificate" })).toBeVisible();
    await expect(studentPage.getByText(/^Verification code: [0-9A-Z]{4}-[0-9A-Z]{4}$/)).toBeVisible();
    const link = await student.verifyLink();
    // On paper it names where to check it: this server's address, not "this site".
    await expect(studentPage.getByTestId("certificate")).toContainText(`open ${server.url}/verify and enter the verification code`);
    // The QR code, read from its pixels, holds that same link: the whole certificate.
    const qrImage = await studentPage.getByRole("img", { name: "QR code to verify this certificate" }).getAttribute("src");
    expect(await readQrDataUrl(qrImage as string)).toBe(link);

    // 6. /verify, each time in a newly opened tab: the original passes, a certificate with one
    // character changed fails, also once the server is stopped.
    const verify = async (address: string) => {
      const page = await studentPage.context().newPage();
      await page.goto(address);
      await expect(page.getByRole("heading", { level: 1, name: "Verify a certificate" })).toBeVisible();
      return page;
    };
    await expect((await verify(link)).getByTestId("verify-valid")).toContainText("Valid certificate");
    await expect((await verify(withOneCharacterChanged(link, 40))).getByTestId("verify-invalid")).toContainText(
      "The certificate was changed after it was issued",
    );

    await server.stop();
    const offline = await verify(link);
    await expect(offline.getByTestId("verify-valid")).toContainText("Valid certificate");
    await expect(offline.getByTestId("verify-valid")).toContainText("Certificate of Research Exchange");
    await expect((await verify(withOneCharacterChanged(link, 10))).getByTestId("verify-invalid")).toContainText("Not a valid certificate");
    // Changing the fragment of an open /verify tab checks the new certificate.
    await offline.goto(withOneCharacterChanged(link, 60));
    await expect(offline.getByTestId("verify-invalid")).toContainText("Not a valid certificate");
  } finally {
    await server.stop();
  }
});
