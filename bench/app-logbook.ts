// The time to open a student's logbook whose local copy (y-indexeddb) holds exactly 2,000
// updates: 50 days of 40 small transactions each, typed as a student would (one per field and
// word). Median of 5 loads of the days list with 4x CPU throttling, until the last day shows as
// logged. Before each load the rows are written again, so y-indexeddb's compaction (which runs
// after a write once a document has 500 rows) cannot shrink what the next load reads.
import { chromium, type Page } from "@playwright/test";
import * as Y from "yjs";
import { startServerProcess } from "../test/helpers/server-process";
import { provisionInvites, setupTokenFromOutput } from "../test/helpers/provision";
import { studentRoots } from "../src/logbook/student-document";
import { exchangeDays } from "../src/logbook/rules/calendar";
import { DurableClient } from "./lib/durable-client";
import { median } from "./lib/machine";
import { chromiumArgs, chromiumPath, cpuThrottling, joinAsStudent, phoneViewport, sessionTokenScript } from "./app-browser";

const storedUpdates = 2000;
const start = "2026-07-01";
const end = "2026-08-19"; // 50 days: 50 x (1 day map + 3 fields x 13 words) = 2,000 transactions

/** Fills every day of the period, one transaction per field and word. */
function fillLogbook(doc: Y.Doc) {
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
      for (const word of `On ${date} the ${field} were recorded in detail for the tutor to read.`.split(" ")) {
        doc.transact(() => text.insert(text.length, `${word} `));
      }
    }
  }
}

// Plain text, not functions, for page.evaluate: tsx wraps inner functions with a helper the page lacks.
const withUpdatesStore = (database: string, mode: IDBTransactionMode, body: string) => `new Promise((resolve, reject) => {
  const open = indexedDB.open(${JSON.stringify(database)});
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction("updates", ${JSON.stringify(mode)});
    const store = tx.objectStore("updates");
    let result;
    ${body}
    tx.oncomplete = () => { open.result.close(); resolve(result); };
    tx.onerror = () => reject(tx.error);
  };
})`;

const readRowsScript = (database: string) =>
  withUpdatesStore(database, "readonly", `store.getAll().onsuccess = (event) => { result = event.target.result.map((row) => [...row]); };`);

const writeRowsScript = (database: string, rows: Uint8Array[]) =>
  withUpdatesStore(database, "readwrite", `store.clear();
    for (const row of ${JSON.stringify(rows.map((row) => [...row]))}) store.add(new Uint8Array(row));`);

const countRowsScript = (database: string) => withUpdatesStore(database, "readonly", `store.count().onsuccess = (event) => { result = event.target.result; };`);

const waitForDayScript = (label: string) => `new Promise((resolve) => {
  const check = () => {
    const row = [...document.querySelectorAll(".week-list li")].find((li) => li.textContent.includes(${JSON.stringify(label)}));
    if (row && /h logged/.test(row.textContent)) resolve(performance.now());
    else requestAnimationFrame(check);
  };
  check();
})`;

/** Milliseconds from navigation start until the last day of the logbook shows as logged. */
async function openAndTime(page: Page, url: string): Promise<number> {
  const label = new Intl.DateTimeFormat("en-US", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${end}T00:00:00Z`));
  await page.goto(url);
  return (await page.evaluate(waitForDayScript(label))) as number;
}

/**
 * The 2,000 rows this device's copy should hold: each student transaction as its own row, the
 * first row also carrying what the device held before (and anything the server had besides).
 */
async function seedLogbook(serverUrl: string, exchangeId: string, token: string, before: Uint8Array[]): Promise<Uint8Array[]> {
  const seeder = new DurableClient(`${serverUrl.replace(/^http/, "ws")}/sync/exchange/${exchangeId}/student`, token);
  const base = Y.mergeUpdates(before);
  Y.applyUpdate(seeder.doc, base);
  const typed: Uint8Array[] = [];
  const keep = (update: Uint8Array) => typed.push(update);
  seeder.doc.on("update", keep);
  fillLogbook(seeder.doc);
  seeder.doc.off("update", keep);
  if (typed.length !== storedUpdates) throw new Error(`the fill made ${typed.length} updates, not ${storedUpdates}`);
  const rows = [...typed];
  await seeder.connect();
  await seeder.whenDurable();
  seeder.close();
  const onlyOnServer = Y.diffUpdate(Y.encodeStateAsUpdate(seeder.doc), Y.encodeStateVectorFromUpdate(Y.mergeUpdates([base, ...typed])));
  rows[0] = Y.mergeUpdates([base, typed[0]!, onlyOnServer]);
  return rows;
}

export async function measureLogbookOpen(rounds = 5) {
  const server = await startServerProcess();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()), { startDate: start, endDate: end });
    const context = await browser.newContext({ viewport: phoneViewport });
    const page = await context.newPage();
    page.on("crash", () => console.error("the page crashed"));
    page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
    const daysUrl = `${server.url}${await joinAsStudent(page, exchange.invites.student)}/days`;
    const database = `aql-doc:exchange/${exchange.exchangeId}/student`;
    // A page of the same origin that is not the app, so the app holds no document open while
    // its rows are rewritten: the server's health check, which the service worker passes through.
    const outsideApp = `${server.url}/healthz`;
    await page.goto(outsideApp);
    const token = (await page.evaluate(sessionTokenScript)) as string;
    const before = ((await page.evaluate(readRowsScript(database))) as number[][]).map((row) => new Uint8Array(row));
    const rows = await seedLogbook(server.url, exchange.exchangeId, token, before);
    const cdp = await context.newCDPSession(page);
    const times: number[] = [];
    const rowsAtOpen: number[] = [];
    // One load more than measured: the first one warms the code cache, like a phone's second use.
    for (let i = -1; i < rounds; i++) {
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
      await page.goto(outsideApp);
      await page.evaluate(writeRowsScript(database, rows));
      const rowCount = (await page.evaluate(countRowsScript(database))) as number;
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottling });
      const ms = await openAndTime(page, daysUrl);
      if (i < 0) continue;
      rowsAtOpen.push(rowCount);
      times.push(ms);
    }
    return { days: exchangeDays(start, end).length, storedUpdates, rowsAtOpen, cpuThrottling, medianMs: median(times), allMs: times };
  } finally {
    await browser.close();
    await server.stop();
  }
}
