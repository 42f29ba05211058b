// A certificate verifies offline on any device that has been online once with this server: a
// stranger's browser that only opened the welcome page, with the server stopped afterwards.
import { test, expect, waitForServiceWorker } from "./fixtures";
import { startServerProcess } from "../helpers/server-process";
import { createExchange, redeem, redeemSigner, setupTokenFromOutput, tokenFromLink } from "../helpers/provision";
import { evaluationStatus, fillAndSign } from "../helpers/seal-evaluation";
import { keptAttestationKeys } from "./pages";

test("a browser that opened the welcome page once verifies a certificate with the server stopped", async ({ isolatedBrowser: browser }) => {
  const server = await startServerProcess();
  try {
    const officer = await redeem(server.url, setupTokenFromOutput(server.output()), { name: "Olivia Officer", committeeName: "Test LC" });
    const exchange = await createExchange(server.url, officer.token);
    const student = await redeemSigner(server.url, tokenFromLink(exchange.invites.student));
    const tutor = await redeemSigner(server.url, tokenFromLink(exchange.invites.tutor));
    const { byTutor } = await fillAndSign(server.url, exchange.exchangeId, student, tutor);
    expect(byTutor.status).toBe(200);
    const payload = (await evaluationStatus(server.url, exchange.exchangeId, student.token)).certificates.student?.payload;
    expect(payload).toBeTruthy();

    // A new browser, never joined: it opens the welcome page once, online.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await expect(page.getByRole("heading", { level: 1, name: "Welcome" })).toBeVisible();
    await waitForServiceWorker(page);
    // The app keeps the server's attestation key on the device.
    await expect.poll(() => keptAttestationKeys(page)).toBe(1);

    await server.stop();
    const verify = await context.newPage();
    await verify.goto(`${server.url}/verify#${payload}`);
    await expect(verify.getByTestId("verify-valid")).toContainText("Valid certificate");
    await expect(verify.getByTestId("verify-valid")).toContainText("Sam Student");
    await context.close();
  } finally {
    await server.stop();
  }
});
