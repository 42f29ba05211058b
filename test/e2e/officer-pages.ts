// Page models for the local officer and the contact person: what they see and do, so tests read
// like the steps people take.
import { expect, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";

export const phone = { width: 390, height: 844 };
export const laptop = { width: 1280, height: 800 };

export interface ExchangeFormValues {
  kind?: "Research (SCORE)" | "Professional (SCOPE)";
  projectTitle: string;
  department?: string;
  hostInstitution: string;
  description?: string;
  tutorName: string;
  tutorEmail: string;
  studentName: string;
  studentEmail: string;
  startDate: string;
  endDate: string;
  contactName: string;
  contactEmail: string;
  contactPhone?: string;
  papers?: { title: string; url: string }[];
}

export const sampleExchange: ExchangeFormValues = {
  kind: "Research (SCORE)",
  projectTitle: "Biomarkers of sepsis in the ICU",
  department: "Intensive care",
  hostInstitution: "Hospital de Santa Maria",
  description: "Data collection and analysis of a sepsis cohort.",
  tutorName: "Dr. Ana Tutor",
  tutorEmail: "ana.tutor@example.org",
  studentName: "Sam Student",
  studentEmail: "sam@example.org",
  startDate: "2026-07-01",
  endDate: "2026-07-28",
  contactName: "Chris Contact",
  contactEmail: "chris@example.org",
  contactPhone: "+351 912 345 678",
};

/** The first officer, set up in a fresh browser context through the server's one-time link. */
export async function setUpOfficer(browser: Browser, serverUrl: string, setupToken: string, viewport = laptop): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: serverUrl });
  const page = await context.newPage();
  await page.goto(`${serverUrl}/join#${setupToken}`);
  await expect(page.getByRole("heading", { level: 2, name: "Set up the first local officer" })).toBeVisible();
  await page.getByLabel("Your name").fill("Olivia Officer");
  await page.getByLabel("Local committee").fill("Test LC");
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  return { context, page };
}

export class OfficerScreens {
  constructor(readonly page: Page) {}

  async openHome() {
    await this.page.getByRole("link", { name: "Home" }).click();
    await this.page.getByRole("link", { name: /^Open/ }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Local officer" })).toBeVisible();
  }

  async startNewExchange() {
    await this.page.getByRole("link", { name: "New exchange" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "New exchange" })).toBeVisible();
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label);
  }

  async fillExchangeForm(values: ExchangeFormValues) {
    const p = this.page;
    if (values.kind) await p.getByRole("radio", { name: values.kind }).check();
    await p.getByLabel("Project title (required)").fill(values.projectTitle);
    await p.getByLabel("Department").fill(values.department ?? "");
    await p.getByLabel("Host institution (required)").fill(values.hostInstitution);
    await p.getByLabel("Description").fill(values.description ?? "");
    for (const [index, paper] of (values.papers ?? []).entries()) {
      await p.getByRole("button", { name: "Add a paper" }).click();
      const group = p.getByRole("group", { name: `Paper ${index + 1}` });
      await group.getByLabel("Title (required)").fill(paper.title);
      await group.getByLabel("Link").fill(paper.url);
    }
    await p.getByLabel("Tutor's name (required)").fill(values.tutorName);
    await p.getByLabel("Tutor's e-mail (required)").fill(values.tutorEmail);
    await p.getByLabel("Student's name (required)").fill(values.studentName);
    await p.getByLabel("Student's e-mail (required)").fill(values.studentEmail);
    await p.getByLabel("First day (required)").fill(values.startDate);
    await p.getByLabel("Last day (required)").fill(values.endDate);
    await p.getByLabel("Contact person's name (required)").fill(values.contactName);
    await p.getByLabel("Contact person's e-mail (required)").fill(values.contactEmail);
    await p.getByLabel("Contact person's phone").fill(values.contactPhone ?? "");
  }

  async submitNewExchange(projectTitle: string) {
    await this.page.getByRole("button", { name: "Create exchange" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: projectTitle })).toBeVisible();
  }

  inviteCard(role: "Student" | "Tutor" | "Contact person"): Locator {
    return this.page.getByRole("region", { name: new RegExp(`^${role}:`) });
  }

  /** Copies a person's invite link with the page's button and returns what reached the clipboard. */
  async copyInviteLink(role: "Student" | "Tutor" | "Contact person"): Promise<string> {
    const card = this.inviteCard(role);
    await card.getByRole("button", { name: /^Copy link/ }).click();
    await expect(card.getByRole("status")).toContainText("copied");
    const copied = await this.page.evaluate(() => navigator.clipboard.readText());
    await expect(card.getByRole("textbox")).toHaveValue(copied);
    return copied;
  }

  /** Withdraws a person's invite link, confirming in the dialog that asks first. */
  async withdrawInviteLink(role: "Student" | "Tutor" | "Contact person") {
    await this.inviteCard(role).getByRole("button", { name: /^Withdraw link/ }).click();
    const dialog = this.page.getByRole("alertdialog", { name: `Withdraw the link for the ${role}?` });
    await dialog.getByRole("button", { name: "Withdraw link" }).click();
    await expect(dialog).toHaveCount(0);
  }

  /** The officer's session token, as the app stored it, for setting up data through the API. */
  async sessionToken(): Promise<string> {
    return this.page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open("academic-quality-logbook");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction("sessions").objectStore("sessions").getAll();
            request.onsuccess = () => resolve((request.result as { token: string; role: string }[]).find((s) => s.role === "officer")!.token);
          };
        }),
    );
  }
}

export interface EventValues {
  title: string;
  date: string;
  startTime?: string;
  endTime?: string;
  place?: string;
  address?: string;
  meetingPoint?: string;
  cost?: string;
  bring?: string;
  notes?: string;
}

export class ProgramEditorScreen {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole("link", { name: "Social program" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Social program" })).toBeVisible();
    await expect(this.page.getByRole("button", { name: "Add event" })).toBeVisible();
  }

  region(name: string): Locator {
    return this.page.getByRole("region", { name, exact: true });
  }

  async addEvent(values: EventValues) {
    await this.page.getByRole("button", { name: "Add event" }).click();
    const editor = this.page.getByRole("region", { name: "Untitled event" });
    await expect(editor.getByLabel("Title")).toBeFocused();
    await editor.getByLabel("Title").fill(values.title);
    const event = this.page.getByRole("region", { name: values.title, exact: true });
    await event.getByLabel("Date").fill(values.date);
    if (values.startTime) await event.getByLabel("Starts at").fill(values.startTime);
    if (values.endTime) await event.getByLabel("Ends at").fill(values.endTime);
    const texts: [keyof EventValues, string][] = [
      ["place", "Place"],
      ["address", "Address"],
      ["meetingPoint", "Meeting point"],
      ["cost", "Cost"],
      ["bring", "What to bring"],
      ["notes", "Notes"],
    ];
    for (const [key, label] of texts) if (values[key]) await event.getByLabel(label, { exact: true }).fill(values[key]);
  }

  async setAccommodation(values: { address?: string; host?: string; checkIn?: string }) {
    const region = this.region("Accommodation");
    if (values.address !== undefined) await region.getByLabel("Address").fill(values.address);
    if (values.host !== undefined) await region.getByLabel("Host").fill(values.host);
    if (values.checkIn !== undefined) await region.getByLabel("Check-in").fill(values.checkIn);
  }
}

export class ContactScreens {
  constructor(readonly page: Page) {}
  async openHome() {
    await this.page.getByRole("link", { name: /^Open/ }).first().click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Contact person" })).toBeVisible();
  }
}

/** The student's home, where the host committee's program, accommodation and contacts appear. */
export class StudentStay {
  constructor(readonly page: Page) {}
  get region(): Locator {
    return this.page.getByRole("region", { name: "Your stay" });
  }
  async openHome() {
    // A device holding only the student's session opens on the student's home.
    const title = this.page.getByRole("heading", { level: 1, name: /^(Home|My exchange)$/ });
    await expect(title).toBeVisible();
    if ((await title.textContent()) === "Home") await this.page.getByRole("link", { name: /^Open/ }).first().click();
    await expect(this.page.getByRole("heading", { level: 1, name: "My exchange" })).toBeVisible();
    // "Your stay" shows once the committee has put something in it; the logbook loads first.
    await expect(this.page.getByRole("heading", { level: 2, name: "Progress" })).toBeVisible();
  }
}
