// `npm run bench:profile`: our server under the live-editing and catch-up workloads with
// node --cpu-prof, then the functions and origins that take its CPU time. Profiles are written
// to a temporary folder (printed); open them in Chrome DevTools for the call trees.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { logbookState, offlineDays, updatesPerDay } from "./lib/logbook";
import { provisionTargets } from "./lib/targets";
import { summariseProfile } from "./lib/cpu-profile";
import { fullSettings } from "./compare";
import { liveEditing } from "./workloads/live-editing";
import { catchUp } from "./workloads/catch-up";

const profileDir = mkdtempSync(join(tmpdir(), "aql-profile-"));
const catchUpRepetitions = 40;
const targets = await provisionTargets({ documents: Math.max(fullSettings.live.documents, catchUpRepetitions + 1), writers: Math.max(fullSettings.live.documents, catchUpRepetitions + 1), storedDocuments: 0, storedState: logbookState() });

const report = (label: string, dir: string) => {
  // One profile per thread: the main thread, and the storage's commit worker.
  const files = readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"));
  if (files.length === 0) throw new Error(`no profile in ${dir}`);
  for (const file of files) {
    const summary = summariseProfile(join(dir, file), 20);
    console.log(`\n## ${label}: ${(summary.total / 1000).toFixed(2)} s busy in one thread (${join(dir, file)})\n\nby origin:`);
    for (const row of summary.byOrigin) console.log(`  ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.name}`);
    console.log("by function (self time):");
    for (const row of summary.byFunction) console.log(`  ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.name}`);
  }
};

try {
  const liveDir = join(profileDir, "live");
  const live = await targets.start("ours", { nodeFlags: ["--cpu-prof", `--cpu-prof-dir=${liveDir}`] });
  console.log(await liveEditing(live, fullSettings.live));
  await live.stop();
  report(`live editing, ${fullSettings.live.documents} docs × ${fullSettings.live.clientsPerDocument} clients, ${fullSettings.live.seconds} s`, liveDir);

  const catchUpDir = join(profileDir, "catch-up");
  const backlog = await targets.start("ours", { nodeFlags: ["--cpu-prof", `--cpu-prof-dir=${catchUpDir}`] });
  const documentIndexes = Array.from({ length: catchUpRepetitions }, (_, i) => i);
  console.log(await catchUp(backlog, { documentIndexes, warmUpIndex: catchUpRepetitions, days: offlineDays, updatesPerDay }));
  await backlog.stop();
  report(`catch-up, ${catchUpRepetitions} backlogs of ${offlineDays * updatesPerDay} updates`, catchUpDir);
} finally {
  targets.dispose();
}
