// Offline cold start of a joined student's phone: the server is stopped, a new Chromium process
// opens the same profile (service worker, its cache, IndexedDB and the code cache kept on disk)
// with 4x CPU throttling, and goes to the student's home.
//
// "Interactive" is when a click on "Write today's entry" is handled: Playwright clicks the link
// as soon as it is visible, stable and enabled, and a capturing listener installed before the
// app's code notes when the click event reaches the page. A click that lands while the main
// thread is busy waits, so this is later than the link's first paint (also reported). The click
// must then open the day's entry, or the sample is rejected.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { startServerProcess } from "../test/helpers/server-process";
import { provisionInvites, setupTokenFromOutput } from "../test/helpers/provision";
import { median } from "./lib/machine";
import {
  chromiumArgs,
  chromiumPath,
  cpuThrottling,
  exchangeAroundToday,
  joinAsStudent,
  phoneViewport,
  serviceWorkerControlsScript,
  throttleCpu,
  todaysEntryLink,
} from "./app-browser";

export interface ColdStartSample {
  /** The navigation was answered by the service worker (the server is down). */
  servedByServiceWorker: boolean;
  firstContentfulPaintMs: number | null;
  linkVisibleMs: number;
  interactiveMs: number;
  /** Long tasks (start, duration) until the click was handled. */
  longTasks: [number, number][];
  /** JS and CSS files as the page loaded them: when requested and when they arrived. */
  assets: { file: string; startMs: number; endMs: number }[];
}

// Runs in the page before the app's own code.
const probeScript = `(() => {
  const marks = { linkVisibleMs: null, interactiveMs: null, longTasks: [] };
  window.__coldStart = marks;
  const isEntryLink = (element) => element instanceof HTMLAnchorElement && ${todaysEntryLink}.test(element.textContent || "");
  const poll = () => {
    const link = [...document.querySelectorAll("a")].find(isEntryLink);
    if (link && link.getClientRects().length > 0) marks.linkVisibleMs = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (marks.interactiveMs === null && isEntryLink(link)) marks.interactiveMs = performance.now();
  }, true);
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) marks.longTasks.push([Math.round(task.startTime), Math.round(task.duration)]);
  }).observe({ type: "longtask", buffered: true });
})()`;

const collectScript = `(() => {
  const marks = window.__coldStart;
  const navigation = performance.getEntriesByType("navigation")[0];
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const assets = performance.getEntriesByType("resource")
    .filter((entry) => /\\.(js|css)$/.test(entry.name))
    .map((entry) => ({ file: entry.name.replace(/^.*\\//, ""), startMs: Math.round(entry.startTime), endMs: Math.round(entry.responseEnd) }));
  return {
    servedByServiceWorker: Boolean(navigation && navigation.workerStart > 0),
    firstContentfulPaintMs: paint ? Math.round(paint.startTime) : null,
    linkVisibleMs: marks.linkVisibleMs,
    interactiveMs: marks.interactiveMs,
    longTasks: marks.longTasks.filter(([start]) => start < marks.interactiveMs),
    assets,
  };
})()`;

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** A profile node's script file, V8 state ("(idle)", "(program)": parsing, style, layout…), or "(other)". */
function profileLabel(callFrame: { url: string; functionName: string }): string {
  if (callFrame.url) return callFrame.url.replace(/^.*\//, "");
  return callFrame.functionName.startsWith("(") ? callFrame.functionName : "(other: DOM calls, the harness)";
}

/** Sampled main-thread time per script file or V8 state, in ms, largest first. */
function timeByScript(profile: CpuProfile): Record<string, number> {
  const nodeLabel = new Map(profile.nodes.map((node) => [node.id, profileLabel(node.callFrame)]));
  const totals: Record<string, number> = {};
  profile.samples.forEach((nodeId, i) => {
    const label = nodeLabel.get(nodeId) ?? "(unknown)";
    totals[label] = (totals[label] ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000;
  });
  return Object.fromEntries(Object.entries(totals).sort((a, b) => b[1] - a[1]).map(([label, ms]) => [label, Math.round(ms)]));
}

/** One cold start; with `profiled`, a CPU profile of the main thread until the click (slower, not timed). */
async function coldStartOnce(profile: string, url: string, profiled = false): Promise<ColdStartSample & { cpuMsByScript?: Record<string, number> }> {
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, viewport: phoneViewport });
  try {
    await context.addInitScript({ content: probeScript });
    const page = context.pages()[0] ?? (await context.newPage());
    await throttleCpu(context, page);
    const cdp = profiled ? await context.newCDPSession(page) : null;
    await cdp?.send("Profiler.enable");
    await cdp?.send("Profiler.start");
    await page.goto(url, { waitUntil: "commit" });
    await page.getByRole("link", { name: todaysEntryLink }).click();
    const cpu = (await cdp?.send("Profiler.stop"))?.profile as CpuProfile | undefined;
    await page.getByLabel("Hours").waitFor();
    const sample = (await page.evaluate(collectScript)) as ColdStartSample;
    if (sample.interactiveMs === null) throw new Error("the click on today's entry was not seen by the page");
    return cpu ? { ...sample, cpuMsByScript: timeByScript(cpu) } : sample;
  } finally {
    await context.close();
  }
}

/** Joins on a fresh profile while the server runs, stops the server, then times `rounds` cold starts. */
export async function measureColdStart(rounds = 5) {
  const server = await startServerProcess();
  const profile = mkdtempSync(join(tmpdir(), "aql-cold-start-"));
  let serverRunning = true;
  try {
    const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()), exchangeAroundToday());
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, viewport: phoneViewport });
    let home: string;
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      home = await joinAsStudent(page, exchange.invites.student);
      await page.evaluate(serviceWorkerControlsScript);
    } finally {
      await context.close();
    }
    await server.stop();
    serverRunning = false;
    const samples: ColdStartSample[] = [];
    for (let i = 0; i < rounds; i++) samples.push(await coldStartOnce(profile, `${server.url}${home}`));
    const interactive = samples.map((sample) => sample.interactiveMs);
    const profiled = await coldStartOnce(profile, `${server.url}${home}`, true);
    return { rounds, cpuThrottling, medianMs: median(interactive), allMs: interactive, samples, profiled };
  } finally {
    if (serverRunning) await server.stop();
    rmSync(profile, { recursive: true, force: true });
  }
}
