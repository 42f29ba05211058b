// `npm run bench:app`: figures of the app itself, in Debian's Chromium against the built app
// (`npm run build` first) served by the real server. Prints a table and writes app-results.json.
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { firstScreenSizes, startupExtras, type FirstScreen } from "../scripts/first-screen-size";
import { machineDetails, measureSteal } from "./lib/machine";
import { measureKeyboardEntry } from "./app-keyboard";
import { measureColdStart } from "./app-cold-start";
import { measureLogbookOpen } from "./app-logbook";
import { measureLighthouse, type LighthouseRuns } from "./app-lighthouse";

const dist = join(import.meta.dirname, "../dist");
const steal = measureSteal();
const loadBefore = loadavg();
const sizes = firstScreenSizes(dist);
const keyboard = await measureKeyboardEntry();
const coldStart = await measureColdStart(5);
const logbook = await measureLogbookOpen(5);
const lighthouse = await measureLighthouse(5);
const stolen = steal();

const ms = (value: number) => `${value.toFixed(0)} ms`;
const row = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);

const extras = Object.fromEntries(Object.keys(sizes).map((screen) => [screen, startupExtras(dist, screen as FirstScreen)]));
for (const [screen, size] of Object.entries(sizes)) {
  row(`first screen "${screen}", gzip JS + CSS`, `${size.totalBytes} B (JS ${size.jsBytes}, CSS ${size.cssBytes}); +${extras[screen]?.totalBytes} B right after`);
}
row("one day's entry by keyboard", `${keyboard.navigationPresses} navigation keys (${keyboard.tabsToEntryLink} Tabs to the link) + ${keyboard.typedCharacters} typed characters`);
row(`offline cold start to interactive (${coldStart.cpuThrottling}x CPU)`, `median ${ms(coldStart.medianMs)} of ${coldStart.allMs.map(ms).join(", ")}`);
row(`open a logbook of ${logbook.storedUpdates} stored updates (${logbook.cpuThrottling}x CPU)`, `median ${ms(logbook.medianMs)} of ${logbook.allMs.map(ms).join(", ")}`);
const lighthouseRow = (page: string, runs: LighthouseRuns) =>
  row(
    `Lighthouse mobile, ${page}, median of ${runs.performanceScores.length}`,
    `performance ${runs.median.performance} (runs ${runs.performanceScores.join(", ")}), accessibility ${runs.median.accessibility}; ` +
      `median run: TBT ${runs.median.metrics["total-blocking-time"]}, LCP ${runs.median.metrics["largest-contentful-paint"]}`,
  );
lighthouseRow("welcome page", lighthouse.welcome);
lighthouseRow("student's home", lighthouse.studentHome);
row("CPU steal during the run", stolen === null ? "n/a" : `${(stolen * 100).toFixed(1)} %`);
row("load average before / after (1 min)", `${loadBefore[0]?.toFixed(2)} / ${loadavg()[0]?.toFixed(2)}`);

writeFileSync(
  join(import.meta.dirname, "app-results.json"),
  JSON.stringify(
    {
      at: new Date().toISOString(),
      machine: machineDetails(),
      steal: stolen,
      loadAverage: { before: loadBefore, after: loadavg() },
      firstScreens: sizes,
      loadedAtStartNotWaitedFor: extras,
      keyboard,
      coldStart,
      logbook,
      lighthouse,
    },
    null,
    2,
  ) + "\n",
);
