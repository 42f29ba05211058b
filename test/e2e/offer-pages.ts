// Page models for project offers: the officer's offers, the tutor's project form and applicants,
// the public list and application form, the applicant's own page, and the student's arrival.
import { readFile } from "node:fs/promises";
import { expect, type Download, type Locator, type Page } from "@playwright/test";

export const pdfFile = (name: string, text = name) => ({ name, mimeType: "application/pdf", buffer: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`) });

export async function downloadedText(download: Promise<Download>): Promise<string> {
  const path = await (await download).path();
  return readFile(path, "utf8");
}

export class OfficerOffers {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.getByRole("link", { name: "Project offers" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Project offers" })).toBeVisible();
  }
  /** Creates a project-form link for a tutor and returns it. */
  async inviteTutor(name: string, email: string): Promise<string> {
    await this.page.getByLabel("Tutor's name (required)").fill(name);
    await this.page.getByLabel("Tutor's e-mail (required)").fill(email);
    await this.page.getByRole("button", { name: "Create the project-form link" }).click();
    const box = this.page.getByRole("textbox", { name: /Send this link to the tutor/ });
    await expect(box).toHaveValue(/\/offer-form#/);
    return box.inputValue();
  }
  stateSection(state: string): Locator {
    return this.page.getByRole("region", { name: state, exact: true });
  }
  async openOffer(title: string) {
    await this.page.getByRole("link", { name: title }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }
}

export class TutorProjectForm {
  constructor(readonly page: Page) {}
  async openLink(link: string) {
    await this.page.goto(link);
    await expect(this.page.getByRole("heading", { level: 1, name: "Your project offer" })).toBeVisible();
  }
  field(label: string | RegExp) {
    return this.page.getByLabel(label);
  }
  async addPaper(title: string, url: string) {
    await this.page.getByRole("button", { name: "Add a paper" }).click();
    const group = this.page.getByRole("group", { name: /^Paper \d+$/ }).last();
    await group.getByLabel("Title (required)").fill(title);
    await group.getByLabel("Link").fill(url);
  }
  status() {
    return this.page.locator(".save-status");
  }
  async send() {
    await this.page.getByRole("button", { name: "Send to the local officer" }).click();
  }
}

export class TutorApplicants {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.getByRole("link", { name: "Open the applicants" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Applicants" })).toBeVisible();
  }
  card(name: string): Locator {
    return this.page.getByRole("listitem").filter({ has: this.page.getByRole("heading", { level: 2, name, exact: true }) });
  }
}

export interface ApplicantValues {
  name: string;
  email: string;
  letterText?: string;
  university?: string;
  letterPdf?: ReturnType<typeof pdfFile>;
  cvPdf?: ReturnType<typeof pdfFile> | { name: string; mimeType: string; buffer: Buffer };
}

export class ApplyForm {
  constructor(readonly page: Page) {}
  async fill(values: ApplicantValues) {
    const p = this.page;
    await p.getByLabel("Your name (required)").fill(values.name);
    await p.getByLabel("Your e-mail (required)").fill(values.email);
    await p.getByLabel("University (required)").fill(values.university ?? "University of Porto");
    await p.getByLabel("Level of studies (required)").fill("5th year");
    await p.getByLabel("Home NMO (required)").fill("ANEM");
    await p.getByLabel("Home country (required)").fill("Portugal");
    if (values.letterText) await p.getByLabel("Motivation letter", { exact: true }).fill(values.letterText);
    if (values.letterPdf) await p.getByLabel(/^Motivation letter as a PDF/).setInputFiles(values.letterPdf);
    if (values.cvPdf) await p.getByLabel(/^CV as a PDF/).setInputFiles(values.cvPdf);
  }
  /** Sends and returns the applicant's own link. */
  async send(): Promise<string> {
    await this.page.getByRole("button", { name: "Send the application" }).click();
    await expect(this.page.getByRole("heading", { level: 2, name: "Your application has arrived." })).toBeVisible();
    return (await this.page.getByRole("link", { name: /\/application#/ }).getAttribute("href")) ?? "";
  }
}

