// Page models for the student's logbook screens.
import { expect, type Page } from "@playwright/test";
import { openOwnHome } from "./pages";

export class StudentLogbook {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  static async fromHome(page: Page): Promise<StudentLogbook> {
    await openOwnHome(page, "My exchange");
    return new StudentLogbook(page, new URL(page.url()).pathname);
  }

  async openDay(date: string) {
    await this.page.goto(`${new URL(this.page.url()).origin}${this.base}/day/${date}`);
    await expect(this.page.getByLabel("Activities")).toBeVisible();
  }

  async writeDay(date: string, entry: { hours: string; activities: string; reflection: string }) {
    await this.openDay(date);
    await this.page.getByLabel("Hours").fill(entry.hours);
    await this.page.getByLabel("Activities").fill(entry.activities);
    await this.page.getByLabel("What I learned").fill(entry.reflection);
  }

  async expectDay(date: string, entry: { hours: string; activities: string; reflection: string }) {
    await this.openDay(date);
    await expect(this.page.getByLabel("Hours")).toHaveValue(entry.hours);
    await expect(this.page.getByLabel("Activities")).toHaveValue(entry.activities);
    await expect(this.page.getByLabel("What I learned")).toHaveValue(entry.reflection);
  }

  async openAttendance() {
    await this.page.goto(`${new URL(this.page.url()).origin}${this.base}/attendance`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Attendance" })).toBeVisible();
  }

  /** The radio for one day, found by the day's long name in its fieldset legend. */
  attendanceChoice(longDay: string, status: "Present" | "Absent" | "Excused") {
    return this.page.getByRole("group", { name: longDay, exact: true }).getByLabel(status);
  }
}

export function longDayName(date: string): string {
  return new Intl.DateTimeFormat("en-US", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

/** The preparation card: "Before you arrive" for the student (home, project page), "Before the student arrives" for the tutor. */
export function preparationCard(page: Page) {
  return page.getByRole("region", { name: /^Before (you arrive|the student arrives)$/ });
}

/** The preparation card lists exactly these papers, in this order. */
export async function expectPreparationPapers(page: Page, titles: string[]): Promise<void> {
  await expect(preparationCard(page).getByRole("listitem")).toHaveText(titles);
}
