// The same student on a phone and a laptop: the second device joins through a link shown on the
// first; both edit the same day while the server is down; nothing is lost when they come back.
import { test, expect, waitForServiceWorker } from "./fixtures";
import { startServerProcess } from "../helpers/server-process";
import { provisionInvites, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage, StatusBar } from "./pages";
import { StudentLogbook } from "./student-pages";

test("two devices of one student edit the same day offline and both edits survive", async ({ isolatedBrowser: browser }) => {
  test.setTimeout(240_000);
  let server = await startServerProcess();
  const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()));

  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await new JoinPage(phone).joinThrough(exchange.invites.student, /Join as the student of/);
  await waitForServiceWorker(phone);

  // The phone shows a link for the laptop.
  await phone.goto(`${server.url}/devices`);
  const show = phone.getByRole("button", { name: "Show a link for my other device" });
  await expect(show).toBeEnabled();
  await show.click();
  await expect(phone.getByRole("alert")).toHaveCount(0);
  await expect(phone.getByTestId("device-link")).toBeVisible({ timeout: 30_000 });
  const link = await phone.getByTestId("device-link").inputValue();
  expect(link).toMatch(new RegExp(`^${server.url}/join#[A-Za-z0-9_-]{22}$`));
  await expect(phone.getByRole("img", { name: "QR code of the link for your other device" })).toBeVisible();

  const laptop = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await new JoinPage(laptop).joinThrough(link, /Join as the student of/);
  await waitForServiceWorker(laptop);

  await phone.goto(`${server.url}/`);
  const onPhone = await StudentLogbook.fromHome(phone);
  const onLaptop = await StudentLogbook.fromHome(laptop);
  const day = "2026-07-02";
  await onPhone.openDay(day);
  await onLaptop.openDay(day);

  // Both offline: the server is stopped.
  await server.stop();
  // Different fields on each device...
  await phone.getByLabel("Hours").fill("7");
  await phone.getByLabel("Activities").fill("Ward round and two admissions.");
  await laptop.getByLabel("What I learned").fill("How to present a patient in two minutes.");
  // ...and the same text field on both.
  await phone.getByLabel("Questions for my tutor").fill("From the phone: can I assist in theatre?");
  await laptop.getByLabel("Questions for my tutor").fill("From the laptop: which statistics course?");
  for (const page of [phone, laptop]) await expect(new StatusBar(page).sync).toContainText("not yet on the server");

  // Both come back online.
  server = await startServerProcess({ port: server.port, dataDir: server.dataDir });
  for (const page of [phone, laptop]) await new StatusBar(page).expectSavedOnServer();
  for (const [page, logbook] of [
    [phone, onPhone],
    [laptop, onLaptop],
  ] as const) {
    await logbook.openDay(day);
    await expect(page.getByLabel("Hours")).toHaveValue("7");
    await expect(page.getByLabel("Activities")).toHaveValue("Ward round and two admissions.");
    await expect(page.getByLabel("What I learned")).toHaveValue("How to present a patient in two minutes.");
    const questions = page.getByLabel("Questions for my tutor");
    await expect(questions).toHaveValue(/From the phone: can I assist in theatre\?/);
    await expect(questions).toHaveValue(/From the laptop: which statistics course\?/);
  }
  expect(await phone.getByLabel("Questions for my tutor").inputValue()).toBe(await laptop.getByLabel("Questions for my tutor").inputValue());
  // The day's stamp names the device that wrote last: "you on this …" there, "you on your …" on the other.
  // (Both test browsers present themselves as the same desktop platform, so each is a "… computer".)
  const notes = (await Promise.all([phone, laptop].map((page) => page.locator(".edited").textContent()))).map((note) => note?.replace(/, .*$/, "")).sort();
  expect(notes[0]).toMatch(/^Last changed by you on this computer$/);
  expect(notes[1]).toMatch(/^Last changed by you on your \w+ computer$/);
  await server.stop();
});
