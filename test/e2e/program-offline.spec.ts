// The promise, across four browser contexts and a real server process: the officer
// creates an exchange and copies the three invite links; the student, the tutor and the contact
// person join through them; the contact person, with the server stopped, adds two events and
// edits the accommodation; after a restart the student sees them, also after a later offline
// reload.
import { test, expect, waitForServiceWorker } from "./fixtures";
import { startServerProcess } from "../helpers/server-process";
import { setupTokenFromOutput } from "../helpers/provision";
import { JoinPage, StatusBar, openOwnHome } from "./pages";
import { ContactScreens, OfficerScreens, ProgramEditorScreen, StudentStay, laptop, phone, sampleExchange, setUpOfficer } from "./officer-pages";

test("the contact person's offline program edits reach the student, also after an offline reload", async ({ isolatedBrowser: browser }) => {
  let server = await startServerProcess();
  try {
    // 1. The officer creates the exchange and copies the three links.
    const { page: officerPage } = await setUpOfficer(browser, server.url, setupTokenFromOutput(server.output()), laptop);
    const officer = new OfficerScreens(officerPage);
    await officer.openHome();
    await officer.startNewExchange();
    await officer.fillExchangeForm(sampleExchange);
    await officer.submitNewExchange(sampleExchange.projectTitle);
    const links = {
      student: await officer.copyInviteLink("Student"),
      tutor: await officer.copyInviteLink("Tutor"),
      contact: await officer.copyInviteLink("Contact person"),
    };
    for (const link of Object.values(links)) expect(link).toMatch(new RegExp(`^${server.url}/join#[A-Za-z0-9_-]{22}$`));
    expect(new Set(Object.values(links)).size).toBe(3);

    // 2. Each person joins through their own link, on their own device.
    const join = async (link: string, heading: RegExp) => {
      const page = await (await browser.newContext({ viewport: phone })).newPage();
      await new JoinPage(page).joinThrough(link, heading);
      return page;
    };
    const studentPage = await join(links.student, /Join as the student of/);
    const tutorPage = await join(links.tutor, /Join as tutor of Sam Student/);
    const contactPage = await join(links.contact, /Join as contact person of Sam Student/);
    await openOwnHome(tutorPage, "My student");

    await waitForServiceWorker(studentPage);
    const studentHome = new StudentStay(studentPage);
    await studentHome.openHome();
    const stay = studentHome.region;
    // Nothing from the committee yet: "Your stay" names only the contact person.
    await expect(stay.getByRole("heading", { level: 3, name: "Your contact person" })).toBeVisible();
    await expect(stay.getByRole("heading", { level: 3, name: "Where you stay" })).toHaveCount(0);

    await waitForServiceWorker(contactPage);
    await new ContactScreens(contactPage).openHome();
    await expect(contactPage.getByRole("heading", { level: 3, name: "Sam Student" })).toBeVisible();
    const editor = new ProgramEditorScreen(contactPage);
    await editor.open();
    const contactStatus = new StatusBar(contactPage);
    await contactStatus.expectSavedOnServer();

    // 3. The server stops; the contact person edits the program on the move.
    await waitForServiceWorker(contactPage);
    await server.stop();
    await contactStatus.expectOffline();
    await editor.addEvent({
      title: "Welcome dinner",
      date: "2026-07-03",
      startTime: "19:30",
      endTime: "22:00",
      place: "Tasca do Chico",
      address: "Rua do Diário de Notícias 39, Lisboa",
      meetingPoint: "Praça Luís de Camões",
      cost: "€15",
      bring: "Good mood",
    });
    await editor.addEvent({ title: "Sintra day trip", date: "2026-07-11", startTime: "09:00", meetingPoint: "Rossio station, platform 2" });
    await editor.setAccommodation({ address: "Residência Universitária, Av. Prof. Gama Pinto 2", host: "University residence", checkIn: "From 14:00 at the reception" });
    await expect(contactStatus.sync).toContainText("not yet on the server");
    // Reloading offline keeps it all (it is on the device).
    await contactPage.reload();
    await expect(contactPage.getByRole("region", { name: "Welcome dinner", exact: true })).toBeVisible();
    await expect(editor.region("Accommodation").getByLabel("Address")).toHaveValue("Residência Universitária, Av. Prof. Gama Pinto 2");

    // 4. The server comes back: the contact person's edits upload, and the student sees them.
    server = await startServerProcess({ port: server.port, dataDir: server.dataDir });
    await contactStatus.expectOnline();
    await contactStatus.expectSavedOnServer();
    await expect(stay.getByRole("heading", { name: "Welcome dinner" })).toBeVisible({ timeout: 45_000 });
    await expect(stay.getByRole("heading", { name: "Sintra day trip" })).toBeVisible();
    await expect(stay).toContainText("Residência Universitária, Av. Prof. Gama Pinto 2");
    await expect(stay).toContainText("From 14:00 at the reception");
    await expect(stay).toContainText("Praça Luís de Camões");

    // Later, offline again: the student's reload still shows the program.
    await server.stop();
    await studentPage.reload();
    await new StatusBar(studentPage).expectOffline();
    await expect(stay.getByRole("heading", { name: "Welcome dinner" })).toBeVisible();
    await expect(stay.getByRole("heading", { name: "Sintra day trip" })).toBeVisible();
    await expect(stay).toContainText("Residência Universitária, Av. Prof. Gama Pinto 2");
  } finally {
    await server.stop();
  }
});
