// The final evaluation as a person sees it: their part, the signing screen and the certificate.
import { expect, type Page } from "@playwright/test";

export class FinalEvaluation {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  /** From the home screen: opens the person's exchange and remembers its address. */
  static async fromHome(page: Page): Promise<FinalEvaluation> {
    const title = page.getByRole("heading", { level: 1, name: /^(Home|My exchange|My student)$/ });
    await expect(title).toBeVisible();
    if ((await title.textContent()) === "Home") await page.getByRole("link", { name: /^Open/ }).first().click();
    await expect(page).toHaveURL(/\/(student|tutor)\/[A-Za-z0-9_-]+$/);
    const url = new URL(page.url());
    return new FinalEvaluation(page, `${url.origin}${url.pathname}`);
  }

  async open() {
    await this.page.goto(`${this.base}/evaluation`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Final evaluation" })).toBeVisible();
  }

  async openSigning() {
    await this.page.goto(`${this.base}/evaluation/sign`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Review and sign the final evaluation" })).toBeVisible();
  }

  async openCertificate() {
    await this.page.goto(`${this.base}/certificate`);
    await expect(this.page.getByRole("heading", { level: 1, name: "My certificate" })).toBeVisible();
  }

  /** Rates every criterion of the person's own part with `rating` and writes the first answer. */
  async fillOwnPart(rating: number, answer: { label: RegExp; text: string }) {
    const ownPart = this.page.getByRole("region", { name: /Your feedback on the exchange|General evaluation of the student's performance/ });
    const groups = ownPart.getByRole("group");
    const count = await groups.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) await groups.nth(i).getByRole("radio", { name: new RegExp(`^${rating} –`) }).check();
    await ownPart.getByRole("textbox", { name: answer.label }).fill(answer.text);
    await expect(ownPart.getByRole("status")).toHaveText("Your part is complete.");
  }

  get ownSignature() {
    return this.page.getByTestId("own-signature");
  }
  get otherSignature() {
    return this.page.getByTestId("other-signature");
  }
  get signButton() {
    return this.page.getByRole("button", { name: /^Sign (with this device|this version)$/ });
  }

  /** The address the certificate's QR code opens, read from the link next to it. */
  async verifyLink(): Promise<string> {
    const href = await this.page.getByRole("link", { name: "Link to check this certificate" }).getAttribute("href");
    // The whole certificate in base32, as the QR code's alphanumeric mode stores it.
    expect(href).toMatch(/\/verify#[A-Z2-7]{400,}$/);
    return href as string;
  }
}

/** The same link with one character of the certificate changed to another base64url character. */
export function withOneCharacterChanged(link: string, position: number): string {
  const hash = link.indexOf("#") + 1;
  const index = hash + position;
  const original = link[index] as string;
  const replacement = original === "A" ? "B" : "A";
  return link.slice(0, index) + replacement + link.slice(index + 1);
}
