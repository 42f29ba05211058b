// The whole way from a project offer to an arrival, across browser contexts and a real server
// process that is stopped where the people are offline: the officer invites a tutor; the tutor
// fills in the project form partly offline and it is published; three students apply with PDFs;
// the tutor reads the letters offline, asks one applicant for a call and gets the .ics; the tutor
// chooses that student; the officer creates the exchange from the choice; the student joins,
// sees the preparation papers and enters arrival details offline; the contact person sees them.
import { test, expect, waitForServiceWorker, expectNoAxeViolationsAtBothWidths } from "./fixtures";
import { startServerProcess, type RunningServer } from "../helpers/server-process";
import { setupTokenFromOutput } from "../helpers/provision";
import { JoinPage, StatusBar } from "./pages";
import { OfficerScreens, laptop, phone, setUpOfficer } from "./officer-pages";
import { ApplyForm, OfficerOffers, TutorApplicants, TutorProjectForm, downloadedText, pdfFile } from "./offer-pages";
import { expectPreparationPapers } from "./student-pages";

test.setTimeout(240_000);

const nextYear = new Date().getUTCFullYear() + 1;
const papers = ["Sepsis-3 definitions", "Lactate in septic shock"];

test("from a tutor's project offer to the student's arrival, offline where people are", async ({ isolatedBrowser: browser }, testInfo) => {
  let server: RunningServer = await startServerProcess();
  const restart = async () => {
    server = await startServerProcess({ port: server.port, dataDir: server.dataDir });
  };
  const shot = async (page: import("@playwright/test").Page, name: string) => {
    for (const size of [{ width: 360, height: 780 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}.png`), fullPage: true });
    }
  };
  try {
    // 1. The officer invites a tutor to offer a project.
    const { page: officerPage } = await setUpOfficer(browser, server.url, setupTokenFromOutput(server.output()), laptop);
    const officer = new OfficerScreens(officerPage);
    await officer.openHome();
    const offers = new OfficerOffers(officerPage);
    await offers.open();
    const link = await offers.inviteTutor("Dr. Ana Tutor", "ana@example.org");
    expect(link).toMatch(new RegExp(`^${server.url}/offer-form#[A-Za-z0-9_-]{22}$`));
    await expect(officerPage.getByRole("region", { name: "Tutors who have not answered" })).toContainText("Dr. Ana Tutor");
    await expectNoAxeViolationsAtBothWidths(officerPage, "officer's offers");
    await shot(officerPage, "officer-offers");

    // 2. The tutor fills in the form, partly with the server stopped, and sends it.
    const tutorContext = await browser.newContext({ viewport: laptop });
    const tutorPage = await tutorContext.newPage();
    const form = new TutorProjectForm(tutorPage);
    await form.openLink(link);
    await waitForServiceWorker(tutorPage);
    await form.field("Project title (required)").fill("Sepsis biomarkers in the ICU");
    await form.field("Host institution (required)").fill("Hospital de Santa Maria");
    await server.stop();
    await form.field("Department").fill("Intensive care");
    await form.field("Description (required)").fill("Collect and analyse data of ICU patients with sepsis.");
    await form.field("Periods available (required)").fill(`July or August ${nextYear}`);
    await tutorPage.getByLabel("Statistics").check();
    for (const title of papers) await form.addPaper(title, `https://example.org/${title.length}`);
    await tutorPage.getByLabel("I would like a video call with the student before choosing").check();
    await tutorPage.getByRole("button", { name: "Save draft on the server" }).click();
    await expect(form.status()).toContainText("No connection: your draft is kept on this device");
    await tutorPage.reload();
    await expect(form.field("Periods available (required)")).toHaveValue(`July or August ${nextYear}`);
    await expect(form.field("Department")).toHaveValue("Intensive care");
    await expectNoAxeViolationsAtBothWidths(tutorPage, "tutor's project form");
    await shot(tutorPage, "tutor-project-form");
    await restart();
    await form.send();
    await expect(tutorPage.getByText("Sent. Your local officer reviews it")).toBeVisible();

    // The officer reviews it and publishes it.
    await officerPage.reload();
    await offers.openOffer("Sepsis biomarkers in the ICU");
    await expect(officerPage.getByText("Collect and analyse data of ICU patients with sepsis.")).toBeVisible();
    await expectNoAxeViolationsAtBothWidths(officerPage, "officer's offer review");
    await shot(officerPage, "officer-offer-review");
    await officerPage.getByRole("button", { name: "Publish" }).click();
    await expect(officerPage.getByText(/^Published ·/)).toBeVisible();
    await officerPage.getByRole("link", { name: "Back to the project offers" }).click();
    await officerPage.getByRole("link", { name: "Public list of published projects" }).click();
    await expect(officerPage.getByRole("heading", { level: 1, name: "Projects offered by Test LC" })).toBeVisible();
    const publicUrl = officerPage.url();
    expect(publicUrl).toMatch(/\/offers\/[A-Za-z0-9_-]+$/);

    // 3. Three students apply with PDFs, each on their own device.
    const applicants = [
      { name: "Inês Ferreira", email: "ines@example.org", letterText: "Sepsis research is what I want to do.", letterPdf: pdfFile("ines-letter.pdf") },
      { name: "Jonas Berg", email: "jonas@example.org", letterText: "I did a statistics course last year." },
      { name: "Lea Novak", email: "lea@example.org", letterText: "I have worked in an ICU as a nurse's aide." },
    ];
    const applicantLinks: string[] = [];
    for (const [index, applicant] of applicants.entries()) {
      const page = await (await browser.newContext({ viewport: phone })).newPage();
      await page.goto(publicUrl);
      await expect(page.getByRole("heading", { level: 1, name: "Projects offered by Test LC" })).toBeVisible();
      if (index === 0) {
        await expectNoAxeViolationsAtBothWidths(page, "public offers");
        await shot(page, "public-offers");
      }
      await page.getByRole("link", { name: "Apply to Sepsis biomarkers in the ICU" }).click();
      const apply = new ApplyForm(page);
      await apply.fill({ ...applicant, cvPdf: pdfFile(`cv-${index}.pdf`) });
      if (index === 0) {
        await expectNoAxeViolationsAtBothWidths(page, "application form");
        await shot(page, "apply");
      }
      applicantLinks.push(await apply.send());
      await page.context().close();
    }

    // 4. The tutor reads the letters, then again with the server stopped.
    await tutorPage.reload();
    const list = new TutorApplicants(tutorPage);
    await expect(tutorPage.getByText("Published: students can apply")).toBeVisible();
    await list.open();
    await expect(tutorPage.getByText("3 applicants")).toBeVisible();
    const ines = list.card("Inês Ferreira");
    const firstLetter = tutorPage.waitForEvent("download");
    await ines.getByRole("button", { name: "Download the motivation letter (PDF)" }).click();
    expect(await downloadedText(firstLetter)).toContain("ines-letter.pdf");
    await server.stop();
    await tutorPage.reload();
    await expect(tutorPage.getByText(/You are offline: these are the applicants as of/)).toBeVisible();
    await expect(list.card("Lea Novak")).toContainText("I have worked in an ICU as a nurse's aide.");
    const offlineLetter = tutorPage.waitForEvent("download");
    await list.card("Inês Ferreira").getByRole("button", { name: "Download the motivation letter (PDF)" }).click();
    expect(await downloadedText(offlineLetter)).toContain("%PDF-");
    await restart();
    await tutorPage.reload();
    await expect(tutorPage.getByText("You are offline")).toHaveCount(0);
    await expectNoAxeViolationsAtBothWidths(tutorPage, "tutor's applicants");
    await shot(tutorPage, "tutor-applicants");

    // The tutor asks Inês for a call; she picks a time through her own link; both get the .ics.
    const card = list.card("Inês Ferreira");
    await card.getByLabel("Time 1").fill(`${nextYear}-03-02T09:00`);
    await card.getByLabel("Time 2").fill(`${nextYear}-03-03T14:30`);
    await card.getByRole("button", { name: "Propose these times" }).click();
    await expect(card).toContainText("Video call asked: 2 times proposed.");
    const inesPage = await (await browser.newContext({ viewport: phone })).newPage();
    await inesPage.goto(applicantLinks[0]!);
    await expect(inesPage.getByRole("heading", { level: 2, name: "The tutor asks for a video call. Pick a time:" })).toBeVisible();
    await expectNoAxeViolationsAtBothWidths(inesPage, "applicant's page");
    await shot(inesPage, "application");
    await inesPage.getByRole("button", { name: /^Pick this time: .*3/ }).click();
    await expect(inesPage.getByText(/^Video call on /)).toBeVisible();
    const applicantIcs = inesPage.waitForEvent("download");
    await inesPage.getByRole("button", { name: "Add the call to your calendar (.ics)" }).click();
    const applicantCalendar = await downloadedText(applicantIcs);
    await tutorPage.reload();
    await expect(list.card("Inês Ferreira")).toContainText("Video call on");
    const tutorIcs = tutorPage.waitForEvent("download");
    await list.card("Inês Ferreira").getByRole("button", { name: "Add the call to your calendar (.ics)" }).click();
    const tutorCalendar = await downloadedText(tutorIcs);
    expect(tutorCalendar).toContain("BEGIN:VEVENT");
    expect(tutorCalendar).toMatch(new RegExp(`DTSTART:${nextYear}030\\dT\\d{6}Z`));
    expect(tutorCalendar.replace(/DTSTAMP:.*\r\n/, "")).toBe(applicantCalendar.replace(/DTSTAMP:.*\r\n/, ""));

    // 5. The tutor chooses Inês.
    await list.card("Inês Ferreira").getByRole("button", { name: "Choose Inês Ferreira" }).click();
    await expect(list.card("Inês Ferreira")).toContainText("Chosen");
    await inesPage.reload();
    await expect(inesPage.getByText("The tutor chose you for this project.")).toBeVisible();

    // 6. The officer creates the exchange from the choice: today's form, prefilled.
    await officerPage.goBack();
    await officerPage.reload();
    await expect(officerPage.getByRole("region", { name: "Student chosen", exact: true })).toContainText("Sepsis biomarkers in the ICU");
    await offers.openOffer("Sepsis biomarkers in the ICU");
    await officerPage.getByRole("link", { name: "Create the exchange from this choice" }).click();
    await expect(officerPage.getByRole("heading", { level: 1, name: "New exchange" })).toBeVisible();
    await expect(officer.field("Project title (required)")).toHaveValue("Sepsis biomarkers in the ICU");
    await expect(officer.field("Student's name (required)")).toHaveValue("Inês Ferreira");
    await expect(officer.field("Tutor's e-mail (required)")).toHaveValue("ana@example.org");
    await officer.field("First day (required)").fill(`${nextYear}-07-01`);
    await officer.field("Last day (required)").fill(`${nextYear}-07-28`);
    await officer.field("Contact person's name (required)").fill("Rita Contact");
    await officer.field("Contact person's e-mail (required)").fill("rita@example.org");
    await officer.submitNewExchange("Sepsis biomarkers in the ICU");
    const studentLink = await officer.copyInviteLink("Student");
    const contactLink = await officer.copyInviteLink("Contact person");
    await officer.copyInviteLink("Tutor");

    // 7. The student joins, sees the papers, and enters arrival details offline.
    const studentPage = await (await browser.newContext({ viewport: phone })).newPage();
    await new JoinPage(studentPage).joinThrough(studentLink, /Join as the student of/);
    await waitForServiceWorker(studentPage);
    await expectPreparationPapers(studentPage, papers);
    await studentPage.getByRole("navigation", { name: "Logbook sections" }).getByRole("link", { name: "Arrival" }).click();
    await expect(studentPage.getByRole("heading", { level: 1, name: "Arrival" })).toBeVisible();
    await expect(studentPage.getByLabel("Arrival date")).toBeEditable();
    await expectNoAxeViolationsAtBothWidths(studentPage, "student's arrival");
    const studentStatus = new StatusBar(studentPage);
    await server.stop();
    await studentStatus.expectOffline();
    await studentPage.getByLabel("Arrival date").fill(`${nextYear}-06-30`);
    await studentPage.getByLabel("Arrival time").fill("18:45");
    await studentPage.getByRole("radio", { name: "Airport" }).check();
    await studentPage.getByLabel("Which airport or station").fill("Lisbon Humberto Delgado, Terminal 1");
    await studentPage.getByLabel(/^Travel details/).fill("TP 1234 from Porto");
    await studentPage.reload();
    await expect(studentPage.getByLabel("Which airport or station")).toHaveValue("Lisbon Humberto Delgado, Terminal 1");
    await shot(studentPage, "student-arrival");
    await restart();
    await studentStatus.expectSavedOnServer();

    // 8. The contact person sees them.
    const contactPage = await (await browser.newContext({ viewport: phone })).newPage();
    await new JoinPage(contactPage).joinThrough(contactLink, /Join as contact person of Inês Ferreira/);
    await contactPage.getByRole("link", { name: /^Open/ }).first().click();
    await contactPage.getByRole("link", { name: /^Arrival and checklist/ }).click();
    const fromStudent = contactPage.getByRole("region", { name: "From the student" });
    await expect(fromStudent).toContainText("Lisbon Humberto Delgado, Terminal 1");
    await expect(fromStudent).toContainText("18:45");
    await expect(fromStudent).toContainText("TP 1234 from Porto");
    await expectNoAxeViolationsAtBothWidths(contactPage, "contact person's arrival with the student's details");
    await shot(contactPage, "contact-arrival");
  } finally {
    await server.stop();
  }
});
