// The program editor for a committee with many events: each event is one line until opened, the
// time zone is typed with suggestions (and starts as this device's), and changing an event's date
// keeps the person where they are: the event does not move and the date field keeps the focus.
import { test, expect, expectNoAxeViolationsAtBothWidths } from "./fixtures";
import { setupTokenFromOutput } from "../helpers/provision";
import { OfficerScreens, ProgramEditorScreen, laptop, setUpOfficer } from "./officer-pages";

test("changing an event's date keeps the focus on the date field and the event in its place", async ({ isolatedBrowser: browser, server }) => {
  const { page } = await setUpOfficer(browser, server.url, setupTokenFromOutput(server.output()), laptop);
  await new OfficerScreens(page).openHome();
  const editor = new ProgramEditorScreen(page);
  await editor.open();
  await editor.addEvent({ title: "Sintra day trip", date: "2026-07-11" });
  await editor.addEvent({ title: "Welcome dinner", date: "2026-07-20" });
  const dinner = editor.region("Welcome dinner");
  const before = (await dinner.boundingBox())!.y;
  const date = dinner.getByLabel("Date");
  await date.fill("2026-07-03");
  await expect(date).toHaveValue("2026-07-03");
  await expect(date).toBeFocused();
  expect((await dinner.boundingBox())!.y).toBe(before);
});

test("events are one line each until opened, and the time zone is typed with suggestions", async ({ isolatedBrowser: browser, server }) => {
  const { page } = await setUpOfficer(browser, server.url, setupTokenFromOutput(server.output()), laptop);
  await new OfficerScreens(page).openHome();
  const editor = new ProgramEditorScreen(page);
  await editor.open();
  const zone = page.getByRole("combobox", { name: "Time zone of the events" });
  await expect(zone).toHaveValue(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
  await editor.addEvent({ title: "Sintra day trip", date: "2026-07-11", startTime: "09:00" });
  await editor.addEvent({ title: "Welcome dinner", date: "2026-07-03", startTime: "19:30" });

  // A name that is no zone is refused, and says so; a real one is kept.
  await zone.fill("Lisbon");
  await zone.press("Tab");
  await expect(page.getByRole("alert")).toContainText("not a time zone");
  await expect(zone).toHaveAttribute("aria-invalid", "true");
  await zone.fill("Europe/Lisbon");
  await zone.press("Tab");
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect(await page.locator("#program-zones option").count()).toBeGreaterThan(300);

  // After a reload the events are in date order, each one line until opened.
  await page.reload();
  await expect(zone).toHaveValue("Europe/Lisbon");
  const toggles = page.locator(".event-line button");
  await expect(toggles).toHaveCount(2);
  await expect(toggles.nth(0)).toContainText("Welcome dinner");
  await expect(toggles.nth(0)).toContainText("19:30");
  await expect(toggles.nth(1)).toContainText("Sintra day trip");
  const dinner = editor.region("Welcome dinner");
  await expect(dinner.getByLabel("Title")).toBeHidden();
  await expect(toggles.nth(0)).toHaveAttribute("aria-expanded", "false");
  await expectNoAxeViolationsAtBothWidths(page, "program editor, events folded");
  // By keyboard: the line opens with Enter and shows the fields.
  await toggles.nth(0).focus();
  await page.keyboard.press("Enter");
  await expect(toggles.nth(0)).toHaveAttribute("aria-expanded", "true");
  await expect(dinner.getByLabel("Title")).toHaveValue("Welcome dinner");
  await expect(editor.region("Sintra day trip").getByLabel("Title")).toBeHidden();
  await expectNoAxeViolationsAtBothWidths(page, "program editor, one event open");
});
