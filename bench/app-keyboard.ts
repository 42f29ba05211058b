// How many key presses one day's entry takes with the keyboard alone, from the student's home:
// counted by doing it in Chromium and checking the entry was saved.
import { chromium } from "@playwright/test";
import { startServerProcess } from "../test/helpers/server-process";
import { provisionInvites, setupTokenFromOutput } from "../test/helpers/provision";
import { chromiumArgs, chromiumPath, joinAsStudent, phoneViewport } from "./app-browser";

export async function measureKeyboardEntry() {
  const server = await startServerProcess();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()));
    const page = await (await browser.newContext({ viewport: phoneViewport })).newPage();
    await joinAsStudent(page, exchange.invites.student);
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    const typed = { hours: "7", activities: "Ward round, two admissions.", reflection: "How to present a case briefly." };
    // Tab from the page's heading (which has focus after navigation) to the entry link.
    let tabsToLink = 0;
    while (!(await page.evaluate(() => document.activeElement?.textContent?.includes("today's entry") ?? false))) {
      await press("Tab");
      if (++tabsToLink > 40) throw new Error("entry link not reachable by Tab");
    }
    await press("Enter");
    await page.getByLabel("Hours").waitFor();
    while (!(await page.evaluate(() => document.activeElement?.id === "hours"))) await press("Tab");
    await page.keyboard.type(typed.hours);
    await press("Tab");
    await page.keyboard.type(typed.activities);
    await press("Tab");
    await page.keyboard.type(typed.reflection);
    await press("Tab"); // questions: left empty
    await press("Tab"); // first skill
    await press("Space");
    const characters = typed.hours.length + typed.activities.length + typed.reflection.length;
    await page.waitForTimeout(300);
    await page.reload();
    const saved = (await page.getByLabel("Activities").inputValue()) === typed.activities && (await page.getByLabel("Hours").inputValue()) === "7";
    if (!saved) throw new Error("the keyboard entry was not saved");
    return { navigationPresses: presses, tabsToEntryLink: tabsToLink, typedCharacters: characters };
  } finally {
    await browser.close();
    await server.stop();
  }
}
