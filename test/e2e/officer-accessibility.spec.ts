// axe on every screen of the local officer and the contact person, in the states people meet
// them in (empty, filled, with errors shown, offline), on a phone and on a laptop.
import { test, expect, expectNoAxeViolations, waitForServiceWorker } from "./fixtures";
import { createExchange, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage } from "./pages";
import { ContactScreens, OfficerScreens, ProgramEditorScreen, laptop, phone, sampleExchange, setUpOfficer } from "./officer-pages";

for (const viewport of [phone, laptop]) {
  test(`every officer and contact-person screen has no axe violations at ${viewport.width}px`, async ({ isolatedBrowser: browser, server }) => {
    const { page } = await setUpOfficer(browser, server.url, setupTokenFromOutput(server.output()), viewport);
    const officer = new OfficerScreens(page);
    const check = (screen: string) => expectNoAxeViolations(page, `${screen} at ${viewport.width}px`);
    await waitForServiceWorker(page);

    await officer.openHome();
    await expect(page.getByText("No exchanges yet.")).toBeVisible();
    await check("officer dashboard, empty");

    await officer.startNewExchange();
    await check("new exchange form");
    await page.getByRole("button", { name: "Add a paper" }).click();
    await page.getByRole("button", { name: "Create exchange" }).click();
    await expect(page.getByRole("alert").first()).toContainText("fields need attention");
    await check("new exchange form with errors");
    await page.getByRole("button", { name: "Remove paper 1" }).click();
    await officer.fillExchangeForm({ ...sampleExchange, papers: [{ title: "Surviving Sepsis Campaign 2021", url: "https://example.org/ssc" }] });
    await officer.submitNewExchange(sampleExchange.projectTitle);
    await check("exchange with its invite links");
    const contactLink = await officer.copyInviteLink("Contact person");
    await officer.inviteCard("Student").getByRole("button", { name: /^Show QR code/ }).click();
    await expect(officer.inviteCard("Student").getByRole("img", { name: /QR code of the invite link for the Student/ })).toBeVisible();
    await check("exchange with a QR code shown");
    await officer.inviteCard("Tutor").getByRole("button", { name: /^Withdraw link/ }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await check("exchange asking before withdrawing a link");
    await page.getByRole("alertdialog").getByRole("button", { name: "Withdraw link" }).click();
    await expect(officer.inviteCard("Tutor")).toContainText("No invite link works right now");
    await check("exchange after withdrawing a link");

    await page.getByRole("link", { name: "Edit exchange" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Edit exchange" })).toBeVisible();
    await expect(page.getByLabel("Project title (required)")).toHaveValue(sampleExchange.projectTitle);
    await check("edit exchange form");
    await page.getByLabel("Tutor's e-mail (required)").fill("not-an-address");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByLabel("Tutor's e-mail (required)")).toBeFocused();
    await check("edit exchange form with an error");
    await page.getByLabel("Tutor's e-mail (required)").fill("bea@example.org");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: sampleExchange.projectTitle })).toBeVisible();

    // A second exchange, to cancel, and a third through the API, so the dashboard has rows of several kinds.
    const token = await officer.sessionToken();
    const second = await createExchange(server.url, token, { projectTitle: "Clinical rotation", kind: "professional", startDate: "2026-08-03", endDate: "2026-09-13" });
    await createExchange(server.url, token, { projectTitle: "Lab work", startDate: "2026-09-01", endDate: "2026-09-30" });
    await page.goto(`${server.url}${new URL(page.url()).pathname.replace(/exchanges\/.*/, `exchanges/${second.exchangeId}`)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Clinical rotation" })).toBeVisible();
    await page.getByRole("button", { name: "Cancel exchange" }).click();
    await expect(page.getByLabel("Reason (required)")).toBeFocused();
    await page.getByRole("button", { name: "Confirm cancellation" }).click();
    await expect(page.getByText("Enter why the exchange is cancelled.")).toBeVisible();
    await check("cancel form with an error");
    await page.getByLabel("Reason (required)").fill("The student withdrew");
    await page.getByRole("button", { name: "Confirm cancellation" }).click();
    await expect(page.getByText("This exchange was cancelled: The student withdrew")).toBeFocused();
    await check("cancelled exchange");

    await page.getByRole("link", { name: "Back to the dashboard" }).click();
    // A laptop shows the table, a phone one card per exchange.
    const shown = viewport === phone ? page.locator("ul.dashboard-cards > li") : page.getByRole("table").locator("tbody tr");
    await expect(shown.filter({ hasText: "Clinical rotation" })).toBeVisible();
    await check("officer dashboard with exchanges");
    await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Cancelled" });
    if (viewport === phone) await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Days logged" });
    else await page.getByRole("button", { name: "Days logged" }).click();
    await expect(shown).toHaveCount(1);
    await check("officer dashboard, filtered and sorted");

    await page.getByRole("link", { name: "Social program" }).click();
    const editor = new ProgramEditorScreen(page);
    await expect(page.getByRole("heading", { level: 1, name: "Social program" })).toBeVisible();
    await check("program editor, empty");
    await editor.addEvent({ title: "Welcome dinner", date: "2026-07-03", startTime: "19:30", endTime: "22:00", place: "Tasca do Chico" });
    await editor.setAccommodation({ address: "Residência Universitária", host: "University residence" });
    await page.getByRole("button", { name: "Add an emergency number" }).click();
    await page.getByRole("group", { name: "New number" }).getByLabel("What for").fill("Ambulance");
    await page.getByRole("group", { name: "Ambulance" }).getByLabel("Phone").fill("112");
    await check("program editor, filled in");

    // Offline, the dashboard is the copy from the last visit, marked with its date.
    // The filter chosen before is kept on the device; showing every status again.
    await page.getByRole("link", { name: "Back" }).click();
    await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("cancelled");
    await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "All" });
    await expect(shown.filter({ hasText: "Lab work" })).toBeVisible();
    await server.stop();
    await page.reload();
    await expect(page.getByText(/^Offline: last updated/)).toBeVisible();
    await expect(shown.filter({ hasText: "Lab work" })).toBeVisible();
    await check("officer dashboard, offline");

    // The contact person, on their own device (the server is back).
    const restarted = await import("../helpers/server-process").then(({ startServerProcess }) => startServerProcess({ port: server.port, dataDir: server.dataDir }));
    try {
      const contactPage = await (await browser.newContext({ viewport })).newPage();
      const checkContact = (screen: string) => expectNoAxeViolations(contactPage, `${screen} at ${viewport.width}px`);
      await contactPage.goto(contactLink);
      await expect(contactPage.getByRole("heading", { level: 2, name: /Join as contact person of/ })).toBeVisible();
      await new JoinPage(contactPage).joinThrough(contactLink, /Join as contact person of/);
      await new ContactScreens(contactPage).openHome();
      await expect(contactPage.getByText("The social program has 1 event.", { exact: false })).toBeVisible({ timeout: 30_000 });
      await checkContact("contact person's home");
      await contactPage.getByRole("link", { name: /^Arrival and checklist/ }).click();
      await expect(contactPage.getByRole("heading", { level: 1, name: "Arrival of Sam Student" })).toBeVisible();
      await checkContact("arrival and checklist, empty");
      await contactPage.getByLabel("Arrival date").fill("2026-06-30");
      await contactPage.getByLabel("Arrival time").fill("14:35");
      await contactPage.getByLabel("Where you meet").fill("Lisbon airport, Terminal 1");
      await contactPage.getByLabel("Picked up at the airport").check();
      await checkContact("arrival and checklist, filled in");
      await contactPage.getByRole("link", { name: "Back" }).click();
      const card = contactPage.getByRole("listitem").filter({ hasText: "Sam Student" });
      await expect(card).toContainText("Tuesday, June 30, 2026");
      await expect(card).toContainText("14:35");
      await expect(card).toContainText("Lisbon airport, Terminal 1");
      await expect(contactPage.getByText("Checklist: 1 of 5 done")).toBeVisible();
      await checkContact("contact person's home with an arrival");
      await new ProgramEditorScreen(contactPage).open();
      await expect(contactPage.getByRole("region", { name: "Welcome dinner", exact: true })).toBeVisible();
      await checkContact("program editor of the contact person");
    } finally {
      await restarted.stop();
    }
  });
}
