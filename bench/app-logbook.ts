// App figures for the student's logbook, in Debian's Chromium against the built app and a real
// server: the time to open a 56-day logbook from this device's storage (median of 5 reloads,
// 4x CPU throttling, like a mid-range phone), and the keyboard steps one day's entry takes.
import { chromium, type Page } from "@playwright/test";
import * as Y from "yjs";
import { startServerProcess } from "../test/helpers/server-process";
import { provisionInvites, setupTokenFromOutput } from "../test/helpers/provision";
import { studentRoots } from "../src/logbook/student-document";
import { exchangeDays } from "../src/logbook/rules/calendar";
import { DurableClient } from "./lib/durable-client";
import { median } from "./lib/machine";

const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** 56 days of a full logbook, typed as a student would (one transaction per field). */
function fillLogbook(doc: Y.Doc, start: string, end: string) {
  for (const date of exchangeDays(start, end)) {
    doc.transact(() => {
      const day = doc.getMap<unknown>(studentRoots.day(date));
      day.set("hours", 7);
      day.set("skill:data-collection", true);
      day.set("editedAt", Date.now());
      day.set("editedBy", "bench");
    });
    for (const field of ["activities", "reflection", "questions"] as const) {
      const text = doc.getText(studentRoots.dayText(date, field));
      for (const word of `On ${date} the ${field} were recorded in some detail for the tutor to read.`.split(" ")) {
        doc.transact(() => text.insert(text.length, `${word} `));
      }
    }
  }
}

// Plain text, not a function: tsx would wrap inner functions with a helper the page lacks.
const waitForDayScript = (label: string) => `new Promise((resolve) => {
  const check = () => {
    const row = [...document.querySelectorAll(".week-list li")].find((li) => li.textContent.includes(${JSON.stringify(label)}));
    if (row && /h logged/.test(row.textContent)) resolve(performance.now());
    else requestAnimationFrame(check);
  };
  check();
})`;

/** Milliseconds from navigation start until the last day of the logbook shows as logged. */
async function openAndTime(page: Page, url: string, lastDate: string): Promise<number> {
  const label = new Intl.DateTimeFormat("en-US", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${lastDate}T00:00:00Z`));
  await page.goto(url);
  return (await page.evaluate(waitForDayScript(label), undefined)) as number;
}

export async function measureLogbookOpen(rounds = 5) {
  const server = await startServerProcess();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs });
  try {
    const start = "2026-07-01";
    const end = "2026-08-25";
    const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()), { startDate: start, endDate: end });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    page.on("crash", () => console.error("the page crashed"));
    page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
    await page.goto(exchange.invites.student);
    await page.getByRole("button", { name: "Join" }).click();
    await page.getByRole("link", { name: /^Open/ }).click();
    await page.getByRole("heading", { level: 1, name: "My exchange" }).waitFor();
    const base = new URL(page.url()).pathname;
    // Seed 56 days through a second device of the same student, then let the phone sync them.
    const token = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open("academic-quality-logbook");
          open.onsuccess = () => {
            const request = open.result.transaction("sessions").objectStore("sessions").getAll();
            request.onsuccess = () => resolve((request.result as { token: string }[])[0]!.token);
          };
        }),
    );
    const seeder = new DurableClient(`${server.url.replace(/^http/, "ws")}/sync/exchange/${exchange.exchangeId}/student`, token);
    fillLogbook(seeder.doc, start, end);
    await seeder.connect();
    await seeder.whenDurable();
    seeder.close();
    const updates = seeder.doc.store.clients.get(seeder.doc.clientID)?.length ?? 0;
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(process.env.CPU_THROTTLE ?? 4) });
    const lastShown = end;
    await openAndTime(page, `${server.url}${base}/days`, lastShown); // warm: first sync into IndexedDB
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) times.push(await openAndTime(page, `${server.url}${base}/days`, lastShown));
    return { days: 56, structs: updates, medianMs: median(times), allMs: times };
  } finally {
    await browser.close();
    await server.stop();
  }
}
