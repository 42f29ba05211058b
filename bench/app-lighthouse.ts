// Lighthouse (mobile, its default: simulated slow 4G and 4x CPU) on the built app served by the
// real server, in Debian's Chromium: the welcome page a stranger sees on a clean profile, and a
// joined student's home. For the latter, Playwright joins in the same Chrome over CDP first and
// Lighthouse keeps the storage (session, service worker and its cache): a returning student.
import lighthouse, { type Result } from "lighthouse";
import { launch } from "chrome-launcher";
import { chromium } from "@playwright/test";
import { startServerProcess } from "../test/helpers/server-process";
import { provisionInvites, setupTokenFromOutput } from "../test/helpers/provision";
import { chromiumArgs, chromiumPath, exchangeAroundToday, joinAsStudent, serviceWorkerControlsScript } from "./app-browser";

export interface LighthouseSummary {
  url: string;
  performance: number | null;
  accessibility: number | null;
  metrics: Record<string, string>;
  /** Opportunities with an estimated saving, largest first. */
  opportunities: { title: string; savingsMs: number; savingsBytes: number }[];
  /** Audits of either category that did not pass. */
  failed: { category: string; title: string; display: string }[];
  /** The elements that moved, and by how much (Lighthouse's "layout-shifts"). */
  layoutShifts: { element: string; score: number }[];
  /** Main-thread time per kind of work (Lighthouse's "mainthread-work-breakdown"). */
  mainThreadMs: Record<string, number>;
  /** Main-thread time per script (Lighthouse's "bootup-time"), largest first. */
  scriptMs: { url: string; totalMs: number; scriptingMs: number }[];
  /** Tasks over 50 ms at the simulated CPU, which is what total blocking time counts. */
  longTasks: { url: string; startMs: number; durationMs: number }[];
}

/** Lighthouse's scores move from run to run on a shared machine; its own advice is the median of 5. */
export interface LighthouseRuns {
  performanceScores: (number | null)[];
  accessibilityScores: (number | null)[];
  /** The run with the median performance score, in full. */
  median: LighthouseSummary;
}

const metricAudits = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index", "interactive"];

function score(lhr: Result, category: string): number | null {
  const value = lhr.categories[category]?.score;
  return value === null || value === undefined ? null : Math.round(value * 100);
}

const withoutOrigin = (url: string) => url.replace(/^https?:\/\/[^/]+/, "");

function summarize(lhr: Result): LighthouseSummary {
  const audits = lhr.audits;
  const opportunities = Object.values(audits)
    .filter((audit) => audit.details?.type === "opportunity")
    .map((audit) => {
      const details = audit.details as { overallSavingsMs?: number; overallSavingsBytes?: number };
      return { title: audit.title, savingsMs: Math.round(details.overallSavingsMs ?? 0), savingsBytes: Math.round(details.overallSavingsBytes ?? 0) };
    })
    .filter((opportunity) => opportunity.savingsMs > 0 || opportunity.savingsBytes > 0)
    .sort((a, b) => b.savingsMs - a.savingsMs || b.savingsBytes - a.savingsBytes);
  const failed = ["performance", "accessibility"].flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .map((ref) => audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
      .map((audit) => ({ category, title: audit!.title, display: audit!.displayValue ?? "" })),
  );
  const shifts = (audits["layout-shifts"]?.details as { items?: { node?: { selector?: string; nodeLabel?: string }; score: number }[] } | undefined)?.items ?? [];
  const breakdown = (audits["mainthread-work-breakdown"]?.details as { items?: { groupLabel: string; duration: number }[] } | undefined)?.items ?? [];
  const longTasks = (audits["long-tasks"]?.details as { items?: { url: string; startTime: number; duration: number }[] } | undefined)?.items ?? [];
  const bootup = (audits["bootup-time"]?.details as { items?: { url: string; total: number; scripting: number }[] } | undefined)?.items ?? [];
  return {
    url: lhr.finalDisplayedUrl,
    performance: score(lhr, "performance"),
    accessibility: score(lhr, "accessibility"),
    metrics: Object.fromEntries(metricAudits.map((id) => [id, audits[id]?.displayValue ?? "n/a"])),
    opportunities,
    failed,
    layoutShifts: shifts.map((shift) => ({ element: `${shift.node?.selector ?? "?"} (${shift.node?.nodeLabel ?? ""})`, score: Number(shift.score.toFixed(3)) })),
    mainThreadMs: Object.fromEntries(breakdown.map((item) => [item.groupLabel, Math.round(item.duration)])),
    scriptMs: bootup.map((item) => ({ url: withoutOrigin(item.url), totalMs: Math.round(item.total), scriptingMs: Math.round(item.scripting) })),
    longTasks: longTasks.map((task) => ({ url: withoutOrigin(task.url), startMs: Math.round(task.startTime), durationMs: Math.round(task.duration) })),
  };
}

async function audit(url: string, port: number, keepStorage: boolean): Promise<LighthouseSummary> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], disableStorageReset: keepStorage });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
  return summarize(result.lhr);
}

async function auditRuns(url: string, port: number, keepStorage: boolean, runs: number): Promise<LighthouseRuns> {
  const summaries: LighthouseSummary[] = [];
  for (let run = 0; run < runs; run++) summaries.push(await audit(url, port, keepStorage));
  const byPerformance = [...summaries].sort((a, b) => (a.performance ?? -1) - (b.performance ?? -1));
  return {
    performanceScores: summaries.map((summary) => summary.performance),
    accessibilityScores: summaries.map((summary) => summary.accessibility),
    median: byPerformance[Math.floor(runs / 2)]!,
  };
}

export async function measureLighthouse(runs: number): Promise<{ welcome: LighthouseRuns; studentHome: LighthouseRuns }> {
  const server = await startServerProcess();
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: [...chromiumArgs, "--headless=new"] });
  try {
    const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()), exchangeAroundToday());
    const welcome = await auditRuns(`${server.url}/`, chrome.port, false, runs);
    const playwright = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    try {
      const context = playwright.contexts()[0];
      if (!context) throw new Error("the launched Chrome has no default context");
      const page = await context.newPage();
      const home = await joinAsStudent(page, exchange.invites.student);
      await page.evaluate(serviceWorkerControlsScript);
      await page.close();
      const studentHome = await auditRuns(`${server.url}${home}`, chrome.port, true, runs);
      return { welcome, studentHome };
    } finally {
      await playwright.close();
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
}
