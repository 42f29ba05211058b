// `npm run bench:app`: figures of the app itself, in Chromium against the built app.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { firstScreenSize } from "../scripts/first-screen-size";
import { machineDetails, measureSteal } from "./lib/machine";
import { measureLogbookOpen } from "./app-logbook";
import { measureKeyboardEntry } from "./app-keyboard";

const steal = measureSteal();
const size = firstScreenSize(join(import.meta.dirname, "../dist"));
const keyboard = await measureKeyboardEntry();
const logbook = await measureLogbookOpen(5);
const stolen = steal();

console.log(`first screen, gzip JS + CSS                 ${size.totalBytes} B (JS ${size.jsBytes}, CSS ${size.cssBytes})`);
console.log(`one day's entry by keyboard                 ${keyboard.navigationPresses} navigation keys (${keyboard.tabsToEntryLink} Tabs to reach it) + ${keyboard.typedCharacters} typed characters`);
console.log(`open a 56-day logbook (4x CPU throttling)   median ${logbook.medianMs.toFixed(0)} ms of ${logbook.allMs.map((ms) => ms.toFixed(0)).join(", ")}`);
console.log(`CPU steal during the run                    ${stolen === null ? "n/a" : `${(stolen * 100).toFixed(1)} %`}`);
writeFileSync(
  join(import.meta.dirname, "app-results.json"),
  JSON.stringify({ at: new Date().toISOString(), machine: machineDetails(), steal: stolen, firstScreen: size, keyboard, logbook }, null, 2) + "\n",
);
