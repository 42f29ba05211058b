// "Saved on the server" must be true for deletions too. A deletion adds no clock to a Yjs state
// vector, so a device that compares only state vectors calls a deletion saved at once, also with
// the server stopped. Here the student deletes words from their expectations (nothing else
// changes), with the server stopped, across a reload, then with the server back; once the app
// says "Saved on the server" the server is killed with SIGKILL, and after a restart it must
// still hold the deletion.
import { test, expect, waitForServiceWorker } from "./fixtures";
import { startServerProcess } from "../helpers/server-process";
import { provisionInvites, redeem, setupTokenFromOutput, tokenFromLink } from "../helpers/provision";
import { readServerState } from "../helpers/crash-writer";
import { JoinPage, StatusBar, StudentHome } from "./pages";
import * as Y from "yjs";

test("a deletion is not 'saved on the server' until the server committed it, and survives SIGKILL once it says so", async ({ page }) => {
  let server = await startServerProcess();
  const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()));
  const tutor = await redeem(server.url, tokenFromLink(exchange.invites.tutor));
  const expectationsOnServer = async () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await readServerState(server.url.replace(/^http/, "ws"), `exchange/${exchange.exchangeId}/student`, tutor.token));
    return doc.getText("expectations").toString();
  };

  await new JoinPage(page).joinThrough(exchange.invites.student, /Join as the student of/);
  await waitForServiceWorker(page);
  const student = new StudentHome(page);
  const status = new StatusBar(page);
  await student.open();
  await student.expectations.fill("Learn how a research lab works, and write an abstract.");
  await status.expectSavedOnServer();

  // Server stopped: deleting words is work the server does not have.
  await server.stop();
  await status.expectOffline();
  await student.expectations.fill("Learn how a research lab works.");
  await expect(status.sync).toContainText("not yet on the server");
  await expect(status.sync).not.toContainText("Everything is on the server");

  // Also after a reload, with nothing but the device's own copy to go by.
  await page.reload();
  await expect(student.expectations).toHaveValue("Learn how a research lab works.");
  await expect(status.sync).toContainText("not yet on the server");

  // The server is back: the deletion goes up and is committed; only then does the app say so.
  server = await startServerProcess({ port: server.port, dataDir: server.dataDir });
  await status.expectOnline();
  await status.expectSavedOnServer();
  await server.kill();
  server = await startServerProcess({ port: server.port, dataDir: server.dataDir });
  expect(await expectationsOnServer()).toBe("Learn how a research lab works.");

  // A deletion made while connected is "saved" only once committed, too, and kept as well.
  await status.expectOnline();
  await student.expectations.fill("Learn how a research lab.");
  await status.expectSavedOnServer();
  await server.kill();
  server = await startServerProcess({ port: server.port, dataDir: server.dataDir });
  expect(await expectationsOnServer()).toBe("Learn how a research lab.");
  await server.stop();
});
