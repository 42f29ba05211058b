// What the tutor asks of the student before arrival (papers to read, a video call first, the
// project's requirements), as the officer typed it from the project form, reaches the student's
// and the tutor's home and the project page, and stays there offline.
import { test, expect, waitForServiceWorker } from "./fixtures";
import { startServerProcess } from "../helpers/server-process";
import { createExchange, redeem, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage, StatusBar, openOwnHome } from "./pages";
import { expectPreparationPapers, preparationCard } from "./student-pages";
import { phone } from "./officer-pages";

test("the student and the tutor see the preparation papers and the video call, also offline", async ({ isolatedBrowser: browser }) => {
  const server = await startServerProcess();
  try {
    const officer = await redeem(server.url, setupTokenFromOutput(server.output()), { name: "Olivia Officer", committeeName: "Test LC" });
    const papers = [
      { title: "Surviving Sepsis Campaign 2021", url: "https://example.org/ssc" },
      { title: "Sepsis-3 definitions", url: "" },
    ];
    const { invites } = await createExchange(server.url, officer.token, { preparationPapers: papers, videoCallFirst: true, requirements: "Basic statistics." });

    const student = await (await browser.newContext({ viewport: phone })).newPage();
    await new JoinPage(student).joinThrough(invites.student, /Join as the student of/);
    await openOwnHome(student, "My exchange");
    await expectPreparationPapers(student, papers.map((paper) => paper.title));
    const card = preparationCard(student);
    await expect(card.getByRole("link", { name: "Surviving Sepsis Campaign 2021" })).toHaveAttribute("href", "https://example.org/ssc");
    await expect(card).toContainText("Your tutor would like a video call with you before the exchange starts.");
    await expect(card).toContainText("Basic statistics.");

    await student.getByRole("navigation", { name: "Logbook sections" }).getByRole("link", { name: "My exchange" }).click();
    await expectPreparationPapers(student, papers.map((paper) => paper.title));

    const tutor = await (await browser.newContext({ viewport: phone })).newPage();
    await new JoinPage(tutor).joinThrough(invites.tutor, /Join as tutor of Sam Student/);
    await openOwnHome(tutor, "My student");
    await expectPreparationPapers(tutor, papers.map((paper) => paper.title));
    await expect(preparationCard(tutor)).toContainText("You asked for a video call with the student before the exchange starts.");

    // Offline, the student's home still has it.
    await waitForServiceWorker(student);
    await server.stop();
    await student.reload();
    await new StatusBar(student).expectOffline();
    await openOwnHome(student, "My exchange");
    await expectPreparationPapers(student, papers.map((paper) => paper.title));
  } finally {
    await server.stop();
  }
});
