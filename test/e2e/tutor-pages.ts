// Page models for the tutor's review screens.
import { expect, type Page } from "@playwright/test";
import { longDayName } from "./student-pages";

export class TutorReview {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  /** From the device's home, opens the tutor's screen of the student named `student`. */
  static async fromHome(page: Page, student = "Sam Student"): Promise<TutorReview> {
    // A tutor of one student opens on that student; a tutor of several picks from the list.
    const title = page.getByRole("heading", { level: 1, name: /^(Home|My student)$/ });
    await expect(title).toBeVisible();
    if ((await title.textContent()) === "Home") await page.getByRole("listitem").filter({ hasText: student }).getByRole("link", { name: /^Open/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My student" })).toBeVisible();
    return new TutorReview(page, new URL(page.url()).pathname);
  }

  get nav() {
    return this.page.getByRole("navigation", { name: "Review sections" });
  }

  async openWeeks() {
    await this.nav.getByRole("link", { name: "Logbook by week" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "My student" })).toBeVisible();
  }

  async openAppraisals() {
    await this.nav.getByRole("link", { name: "Appraisals" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Appraisals" })).toBeVisible();
  }

  /** The summary of what needs the tutor, at the top of the home. */
  get summary() {
    return this.page.getByRole("region", { name: "What needs you" });
  }

  /** A week of the logbook, folded or open. */
  weekDetails(week: number) {
    return this.page.locator(`#week-${week}-details`);
  }

  /** Unfolds a week if it is folded. */
  async openWeek(week: number) {
    const details = this.weekDetails(week);
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator("summary").click();
    await expect(details).toHaveJSProperty("open", true);
  }

  comment(date: string) {
    return this.page.getByLabel(`Your comment on ${longDayName(date)}`);
  }

  week(week: number) {
    return this.page.getByRole("region", { name: `Attendance in week ${week}` });
  }

  confirmation(week: number) {
    return this.week(week).getByRole("checkbox", { name: `I confirm this week's attendance (week ${week})` });
  }

  weekNote(week: number) {
    return this.week(week).getByLabel(`Note on week ${week} (optional)`);
  }

  appraisal(name: string) {
    return this.page.getByRole("region", { name, exact: true });
  }

  assessment(appraisalName: string) {
    return this.appraisal(appraisalName).getByLabel("Your assessment");
  }
}
