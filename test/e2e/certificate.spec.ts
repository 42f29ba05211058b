// The certificate as a stranger checks it: what /verify shows, on a phone and on a laptop, and
// what it prints. It names the host, department, committee, period, attendance and hours the
// server attested, tells on paper where to check it, keeps its code on one line, and its QR
// code, read from the pixels, holds the link in a code small enough for a phone camera.
import QRCode from "qrcode";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { createExchange, redeem, redeemSigner, setupTokenFromOutput, tokenFromLink } from "../helpers/provision";
import { writeDocument, writeStudentLogbook } from "../helpers/seed-logbook";
import { evaluationStatus, fillAndSign } from "../helpers/seal-evaluation";
import { readQrDataUrl } from "../helpers/qr-code";

test("the certificate on /verify names what was attested, prints where to check it, and its QR code is small", async ({ isolatedBrowser: browser, server }) => {
  test.setTimeout(120_000);
  const officer = await redeem(server.url, setupTokenFromOutput(server.output()), { name: "Olivia Officer", committeeName: "Test LC" });
  const exchange = await createExchange(server.url, officer.token);
  const student = await redeemSigner(server.url, tokenFromLink(exchange.invites.student));
  const tutor = await redeemSigner(server.url, tokenFromLink(exchange.invites.tutor));
  await writeDocument(server.url, `exchange/${exchange.exchangeId}/student`, student.token, (doc) =>
    writeStudentLogbook(doc, {
      days: [
        { date: "2026-07-01", hours: 7.5, texts: { activities: "Ward round" } },
        { date: "2026-07-02", hours: 8, texts: { activities: "Data entry" } },
      ],
      attendance: [
        { date: "2026-07-01", status: "present" },
        { date: "2026-07-02", status: "present" },
      ],
    }),
  );
  expect((await fillAndSign(server.url, exchange.exchangeId, student, tutor)).byTutor.status).toBe(200);
  const payload = (await evaluationStatus(server.url, exchange.exchangeId, student.token)).certificates.student?.payload as string;
  const link = `${server.url}/verify#${payload}`;

  for (const viewport of [{ width: 360, height: 780 }, { width: 1280, height: 900 }]) {
    await test.step(`at ${viewport.width} px`, async () => {
      const page = await (await browser.newContext({ viewport })).newPage();
      await page.goto(link);
      const certificate = page.getByTestId("certificate");
      await expect(page.getByTestId("verify-valid")).toContainText("Valid certificate");
      await expect(certificate.getByRole("heading", { name: "Certificate of Research Exchange" })).toBeVisible();
      for (const fact of [
        "This certifies that Sam Student completed a research exchange under the supervision of Dr. Ana Tutor.",
        "ProjectBiomarkers of sepsis in the ICU",
        "HostUniversity Hospital, Intensive care",
        "Local committeeTest LC",
        "PeriodJul 1, 2026 to Jul 28, 2026",
        "AttendancePresent on 2 of 20 working days",
        "Hours logged15.5 hours",
        `To check this certificate, scan the QR code, or open ${server.url}/verify and enter the verification code.`,
      ]) {
        await expect(certificate).toContainText(fact);
      }
      // The code on one line: an inline element that wraps has a box per line.
      const code = certificate.locator(".code-value");
      await expect(code).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(await code.evaluate((element) => element.getClientRects().length)).toBe(1);
      // Nothing scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

      const qr = certificate.getByRole("img", { name: "QR code to verify this certificate" });
      expect(await readQrDataUrl((await qr.getAttribute("src")) as string)).toBe(link);
      await expectNoAxeViolations(page, `verify, ${viewport.width} px`);

      await page.emulateMedia({ media: "print" });
      await expect(certificate.getByRole("link", { name: "Link to check this certificate" })).toBeHidden();
      await expect(certificate).toContainText(`open ${server.url}/verify`);
      await page.context().close();
    });
  }
  // A JSON certificate of the same exchange made a version 27 code; the compact one is far smaller.
  const version = QRCode.create(link, { errorCorrectionLevel: "L" }).version;
  test.info().annotations.push({ type: "QR code", description: `link ${link.length} characters, version ${version}` });
  expect(version).toBeLessThanOrEqual(16);
});
