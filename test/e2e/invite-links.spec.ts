// Invite links as the officer meets them: a link made weeks before the exchange still works on
// arrival, a device shows a link only while the server says that very link works, the join page
// follows a second link opened in the same tab, and a cancelled exchange says what is true.
import { test, expect, expectNoAxeViolationsAtBothWidths } from "./fixtures";
import { createExchange, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage } from "./pages";
import { OfficerScreens, laptop, phone, sampleExchange, setUpOfficer, type ExchangeFormValues } from "./officer-pages";
import type { Browser } from "@playwright/test";
import type { RunningServer } from "../helpers/server-process";

/** The first officer, who creates one exchange through the form and is left on its page. */
async function officerWithNewExchange(browser: Browser, server: RunningServer, values: ExchangeFormValues = sampleExchange) {
  const { page } = await setUpOfficer(browser, server.url, setupTokenFromOutput(server.output()));
  const officer = new OfficerScreens(page);
  await officer.openHome();
  await officer.startNewExchange();
  await officer.fillExchangeForm(values);
  await officer.submitNewExchange(values.projectTitle);
  return { page, officer };
}

test("an invite for an exchange weeks away works until after its last day", async ({ isolatedBrowser: browser, server }) => {
  const { officer } = await officerWithNewExchange(browser, server, { ...sampleExchange, startDate: "2027-01-15", endDate: "2027-02-11" });
  const waiting = officer.inviteCard("Student").getByText(/^Invite not used yet; it works until/);
  await expect(waiting).toBeVisible();
  const until = Date.parse(((await waiting.textContent()) ?? "").replace(/^.*works until /, "").replace(/\.$/, ""));
  expect(Number.isNaN(until)).toBe(false);
  expect(until).toBeGreaterThanOrEqual(Date.parse("2027-02-11T00:00:00"));
});

test("after a link is re-issued on another officer device, this device no longer shows the old one", async ({ isolatedBrowser: browser, server }) => {
  const { page, officer } = await officerWithNewExchange(browser, server);
  const oldLink = await officer.copyInviteLink("Student");
  const exchangePath = new URL(page.url()).pathname;

  // The officer's laptop at home: a second device of the same officer.
  const token = await officer.sessionToken();
  const response = await fetch(`${server.url}/api/me/device-invite`, { method: "POST", headers: { Authorization: `Bearer ${token}` } });
  const { invite } = (await response.json()) as { invite: string };
  const secondContext = await browser.newContext({ viewport: laptop });
  await secondContext.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  const second = await secondContext.newPage();
  await new JoinPage(second).joinThrough(invite, /Join as local officer of Test LC/);
  await second.goto(`${server.url}${exchangePath}`);
  await expect(second.getByRole("heading", { level: 1, name: sampleExchange.projectTitle })).toBeVisible();
  const secondOfficer = new OfficerScreens(second);
  await secondOfficer.inviteCard("Student").getByRole("button", { name: /^Make a new link/ }).click();
  const newLink = await secondOfficer.copyInviteLink("Student");
  expect(newLink).not.toBe(oldLink);

  // Back on the first device: the old link is not offered as working.
  await page.reload();
  const card = officer.inviteCard("Student");
  await expect(card.getByText(/^Invite not used yet/)).toBeVisible();
  await expect(card.getByRole("textbox")).toHaveCount(0);
  await expect(card).toContainText("This invite link was made on another device.");
});

test("opening a second invite link in the same tab shows that link's invite", async ({ isolatedBrowser: browser, server }) => {
  const { page } = await setUpOfficer(browser, server.url, setupTokenFromOutput(server.output()));
  const officer = new OfficerScreens(page);
  const { exchangeId, invites } = await createExchange(server.url, await officer.sessionToken());
  await officer.openHome();
  await page.goto(`${page.url()}/exchanges/${exchangeId}`);
  await expect(page.getByRole("heading", { level: 1, name: sampleExchange.projectTitle })).toBeVisible();
  await officer.inviteCard("Student").getByRole("button", { name: /^Make a new link/ }).click();
  const newLink = await officer.copyInviteLink("Student");

  const student = await (await browser.newContext({ viewport: phone })).newPage();
  await student.goto(invites.student);
  await expect(student.getByRole("alert")).toContainText("This invite link was withdrawn.");
  // Only the fragment changes: the page must follow it without a reload.
  await student.goto(newLink);
  await expect(student.getByRole("heading", { level: 2, name: /Join as the student of/ })).toBeVisible();
  await expect(student.getByRole("alert")).toHaveCount(0);
  await expectNoAxeViolationsAtBothWidths(student, "join page after a second link");
});

test("a cancelled exchange says once that its links no longer work, and offers none", async ({ isolatedBrowser: browser, server }) => {
  const { page } = await officerWithNewExchange(browser, server);
  await page.getByRole("button", { name: "Cancel exchange" }).click();
  await page.getByLabel("Reason (required)").fill("The student withdrew");
  await page.getByRole("button", { name: "Confirm cancellation" }).click();
  await expect(page.getByText("This exchange was cancelled: The student withdrew")).toBeFocused();
  await expect(page.getByText("No invite link works right now")).toHaveCount(0);
  await expect(page.getByText("This exchange is cancelled; its invite links no longer work.")).toHaveCount(1);
  await expect(page.getByRole("button", { name: /^Make a new link/ })).toHaveCount(0);
});

test("an invite card shares by e-mail, asks before withdrawing, and names the devices that joined", async ({ isolatedBrowser: browser, server }) => {
  const { page, officer } = await officerWithNewExchange(browser, server);
  const studentLink = await officer.copyInviteLink("Student");

  // No share sheet in this browser: a written e-mail to the student instead.
  const email = officer.inviteCard("Student").getByRole("link", { name: /^Send by e-mail/ });
  const href = decodeURIComponent((await email.getAttribute("href")) ?? "");
  expect(href.startsWith(`mailto:${sampleExchange.studentEmail}?subject=`)).toBe(true);
  expect(href).toContain(`Hello ${sampleExchange.studentName},`);
  expect(href).toContain(studentLink);

  // Withdrawing asks first; Escape keeps the link.
  const withdraw = officer.inviteCard("Tutor").getByRole("button", { name: /^Withdraw link/ });
  await withdraw.click();
  const dialog = page.getByRole("alertdialog", { name: "Withdraw the link for the Tutor?" });
  await expect(dialog.getByRole("button", { name: "Keep the link" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(withdraw).toBeFocused();
  await expect(officer.inviteCard("Tutor").getByRole("textbox")).toHaveValue(/\/join#/);
  await officer.withdrawInviteLink("Tutor");
  await expect(officer.inviteCard("Tutor").getByRole("status")).toHaveText("The link for the Tutor was withdrawn.");

  // The student joins on a phone: the card says when, and on which device.
  const studentPage = await (await browser.newContext({ viewport: phone, userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile" })).newPage();
  await new JoinPage(studentPage).joinThrough(studentLink, /Join as the student of/);
  await page.reload();
  const card = officer.inviteCard("Student");
  await expect(card.getByText(/^Joined on \w{3} \d{1,2}, \d{4}\.$/)).toBeVisible();
  await expect(card.getByRole("list", { name: "1 device" }).getByRole("listitem")).toHaveText([/^Android phone, since \w{3} \d{1,2}, \d{4}$/]);
  await expect(card).not.toContainText("device(s)");
  await expectNoAxeViolationsAtBothWidths(page, "exchange page with a joined person's devices");
});
