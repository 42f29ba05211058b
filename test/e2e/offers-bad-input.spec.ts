// Bad input on the public application form, in the browser against a real server: a file that is
// not a PDF but named .pdf, a 5 MB file, a second application from the same e-mail, each with its
// clear error and nothing stored; and HTML or script in every text field, stored and shown as
// text, never as HTML, on the tutor's screen.
import { test, expect, expectNoAxeViolationsAtBothWidths } from "./fixtures";
import { redeem, setupTokenFromOutput, tokenFromLink } from "../helpers/provision";
import { api, publishedOffer } from "../helpers/offers";
import { ApplyForm, TutorApplicants, pdfFile } from "./offer-pages";

test("the application form refuses what it must, and shows what applicants typed as text only", async ({ server, page, context }) => {
  const officer = await redeem(server.url, setupTokenFromOutput(server.output()), { name: "Olivia Officer", committeeName: "Test LC" });
  const { offerId, tutorToken } = await publishedOffer(server.url, officer.token);
  const stored = async () => ((await api(server.url, "GET", "/api/offer-form/applications", undefined, tutorToken)).json.applications as unknown[]).length;
  const applyUrl = `${server.url}/offers/${officer.committeeId}/apply/${offerId}`;
  const apply = new ApplyForm(page);
  await page.goto(applyUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Apply: Sepsis biomarkers" })).toBeVisible();

  // Not a PDF, whatever its name says.
  await apply.fill({ name: "Mallory", email: "mallory@example.org", letterText: "Hello", cvPdf: { name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script></html>") } });
  await expect(page.getByText("This file is not a PDF, whatever its name says.")).toBeVisible();
  await page.getByRole("button", { name: "Send the application" }).click();
  await expect(page.getByRole("alert")).toContainText("Some fields need attention");
  // A 5 MB PDF.
  await page.getByLabel(/^CV as a PDF/).setInputFiles({ name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(5 * 1024 * 1024, 32)]) });
  await expect(page.getByText("This file is larger than 4 MB.")).toBeVisible();
  await expect(page.getByLabel(/^CV as a PDF/)).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Send the application" }).click();
  await expect(page.getByRole("alert")).toContainText("Some fields need attention");
  expect(await stored()).toBe(0);
  await expectNoAxeViolationsAtBothWidths(page, "application form with errors");

  // HTML and script in every text field: accepted as text.
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await page.reload();
  await apply.fill({ name: payload, email: "mallory@example.org", university: payload, letterText: payload, cvPdf: pdfFile("cv.pdf") });
  for (const label of ["Level of studies (required)", "Home NMO (required)", "Home country (required)"]) await page.getByLabel(label).fill(payload);
  await apply.send();
  expect(await stored()).toBe(1);

  // The same e-mail again, written differently: refused, and the first stays the only one.
  await page.goto(applyUrl);
  await apply.fill({ name: "Mallory again", email: "MALLORY@example.org", letterText: "Second try", cvPdf: pdfFile("cv2.pdf") });
  await page.getByRole("button", { name: "Send the application" }).click();
  await expect(page.getByRole("alert")).toContainText("An application from this e-mail address to this project has already arrived.");
  expect(await stored()).toBe(1);

  // The tutor sees the payload as text; nothing of it became an element or ran.
  const tutorPage = await context.newPage();
  // The tutor's own offer, opened through a fresh link for it.
  const relinked = await api(server.url, "POST", `/api/offers/${offerId}/link`, undefined, officer.token);
  await tutorPage.goto(`${server.url}/offer-form#${tokenFromLink(relinked.json.link as string)}`);
  await expect(tutorPage.getByRole("heading", { level: 1, name: "Your project offer" })).toBeVisible();
  await new TutorApplicants(tutorPage).open();
  const card = tutorPage.getByRole("listitem").filter({ has: tutorPage.getByRole("heading", { level: 2, name: payload, exact: true }) });
  await expect(card).toContainText(payload);
  await expect(card.locator(".letter")).toHaveText(payload);
  expect(await tutorPage.locator("main img, main script").count()).toBe(0);
  expect(await tutorPage.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
