// A new exchange typed while the server cannot be reached is kept on the device: a reload shows
// it again, pressing Create says it is kept and not sent, and once the server is back the same
// press sends it; the form is then empty for the next one.
import { test, expect, waitForServiceWorker } from "./fixtures";
import { startServerProcess } from "../helpers/server-process";
import { setupTokenFromOutput } from "../helpers/provision";
import { OfficerScreens, sampleExchange, setUpOfficer } from "./officer-pages";

test("a new exchange typed with the server stopped survives a reload and is sent when it is back", async ({ isolatedBrowser: browser }) => {
  let server = await startServerProcess();
  try {
    const { page } = await setUpOfficer(browser, server.url, setupTokenFromOutput(server.output()));
    const officer = new OfficerScreens(page);
    await waitForServiceWorker(page);
    await officer.openHome();
    await officer.startNewExchange();

    await server.stop();
    await officer.fillExchangeForm({ ...sampleExchange, papers: [{ title: "Surviving Sepsis Campaign 2021", url: "https://example.org/ssc" }] });
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "New exchange" })).toBeVisible();
    await expect(page.getByLabel("Project title (required)")).toHaveValue(sampleExchange.projectTitle);
    await expect(page.getByLabel("Tutor's e-mail (required)")).toHaveValue(sampleExchange.tutorEmail);
    await expect(page.getByLabel("Last day (required)")).toHaveValue(sampleExchange.endDate);
    await expect(page.getByRole("group", { name: "Paper 1" }).getByLabel("Title (required)")).toHaveValue("Surviving Sepsis Campaign 2021");

    await page.getByRole("button", { name: "Create exchange" }).click();
    await expect(page.getByRole("alert")).toContainText("kept on this device");

    server = await startServerProcess({ port: server.port, dataDir: server.dataDir });
    await officer.submitNewExchange(sampleExchange.projectTitle);
    await expect(officer.inviteCard("Student").getByRole("textbox")).toHaveValue(/\/join#/);

    // Sent: the next new exchange starts empty, also after a reload.
    await page.getByRole("link", { name: "Back to the dashboard" }).click();
    await officer.startNewExchange();
    await page.reload();
    await expect(page.getByLabel("Project title (required)")).toHaveValue("");
  } finally {
    await server.stop();
  }
});
