// The student's weeks abroad: a phone, a slow CPU, no server for ten working days, reloads along
// the way; then the server comes back and the tutor sees everything.
import { test, expect, waitForServiceWorker } from "./fixtures";
import { startServerProcess } from "../helpers/server-process";
import { provisionInvites, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage, StatusBar, openOwnHome } from "./pages";
import { longDayName, StudentLogbook } from "./student-pages";
import { workingDays } from "../../src/logbook/rules/calendar";
import type { Page } from "@playwright/test";

const phone = { width: 390, height: 844 };

async function throttleCpu(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
}

test("ten days written offline survive reloads, reach the server, and the tutor reads them", async ({ isolatedBrowser: browser }) => {
  test.setTimeout(300_000);
  let server = await startServerProcess();
  const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()));
  const days = workingDays("2026-07-01", "2026-07-28").slice(0, 10);
  const entry = (i: number) => ({ hours: String(6 + (i % 3)), activities: `Day ${i + 1}: ward work and data entry.`, reflection: `Learned thing number ${i + 1}.` });

  const studentContext = await browser.newContext({ viewport: phone });
  const page = await studentContext.newPage();
  await throttleCpu(page);
  await new JoinPage(page).joinThrough(exchange.invites.student, /Join as the student of/);
  await waitForServiceWorker(page);
  const logbook = await StudentLogbook.fromHome(page);
  const status = new StatusBar(page);

  // 1. The server goes away for the whole stay.
  await server.stop();

  // 2. Ten days of entries and attendance, with three reloads along the way.
  for (const [i, date] of days.entries()) {
    await logbook.writeDay(date, entry(i));
    if (i === 2 || i === 5 || i === 8) {
      await page.reload();
      await logbook.expectDay(date, entry(i));
      await logbook.expectDay(days[0]!, entry(0));
    }
  }
  await logbook.openAttendance();
  for (const date of days) await logbook.attendanceChoice(longDayName(date), "Present").check();
  await page.reload();
  for (const date of days) await expect(logbook.attendanceChoice(longDayName(date), "Present")).toBeChecked();
  for (const [i, date] of days.entries()) await logbook.expectDay(date, entry(i));
  // In people's terms: the days, not the count of Yjs operations.
  // The last sync time follows when the device got an acknowledgement before the server stopped.
  await expect(status.sync).toHaveText(/^10 days of entries not yet on the server( · last synced .+)?$/);

  // 3. The server is back: everything is saved there.
  server = await startServerProcess({ port: server.port, dataDir: server.dataDir });
  await status.expectOnline();
  await status.expectSavedOnServer();

  // 4. The tutor, on a laptop, sees the entries.
  const tutorContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tutor = await tutorContext.newPage();
  await new JoinPage(tutor).joinThrough(exchange.invites.tutor, /Join as tutor of/);
  await openOwnHome(tutor, "My student");
  for (const [i] of days.entries()) await expect(tutor.getByText(entry(i).activities)).toBeVisible();
  await expect(tutor.getByText("Learned thing number 10.")).toBeVisible();

  await studentContext.close();
  await tutorContext.close();
  await server.stop();
});
