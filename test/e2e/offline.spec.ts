// The foundation's promise: after one visit the app opens and works with the server stopped,
// keeps what was typed across reloads, and notices when the server is back.
import { test, expect, waitForServiceWorker } from "./fixtures";
import { startServerProcess } from "../helpers/server-process";
import { provisionInvites, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage, StatusBar, StudentHome } from "./pages";

test("works offline with the server stopped, keeps edits, and notices the server again", async ({ page }) => {
  let server = await startServerProcess();
  const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()));
  await page.setViewportSize({ width: 390, height: 844 });

  // 1. Visit once: join as the student, write something, see it saved on the server.
  await new JoinPage(page).joinThrough(exchange.invites.student, /Join as the student of/);
  await waitForServiceWorker(page);
  const student = new StudentHome(page);
  const status = new StatusBar(page);
  await student.open();
  const studentUrl = page.url();
  await student.expectations.fill("Learn how a research lab works.");
  await status.expectSavedOnServer();

  // 2. Stop the server process.
  await server.stop();

  // 3. Reload, open a deep link, navigate, and edit a field stored in Yjs.
  await page.reload();
  await status.expectOffline();
  await page.goto(studentUrl);
  await expect(student.expectations).toHaveValue("Learn how a research lab works.");
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await page.goBack();
  await student.expectations.click();
  await student.expectations.press("End");
  await student.expectations.pressSequentially(" And write an abstract.");
  await expect(status.sync).toContainText("not yet on the server");

  // 4. Reload again: the edit is still there.
  await page.reload();
  await expect(student.expectations).toHaveValue("Learn how a research lab works. And write an abstract.");
  await expect(status.sync).toContainText("not yet on the server");

  // 5. Start the server again: the app notices it is online and uploads what waited.
  server = await startServerProcess({ port: server.port, dataDir: server.dataDir });
  await status.expectOnline();
  await status.expectSavedOnServer();
  await server.stop();
});
