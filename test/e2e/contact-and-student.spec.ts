// The contact person and the student reach each other: the contact person sees how to reach
// their student, adds their own checklist items and the student's own accommodation; the student
// sees their contact person with links to call and write, and where they stay with a map link.
import { test, expect, expectNoAxeViolationsAtBothWidths } from "./fixtures";
import { createExchange, redeem, setupTokenFromOutput, tokenFromLink } from "../helpers/provision";
import { JoinPage } from "./pages";
import { ContactScreens, StudentStay, phone } from "./officer-pages";

test("contact person and student see how to reach each other, the added checklist items and the student's own accommodation", async ({ isolatedBrowser: browser, server }, testInfo) => {
  const officer = await redeem(server.url, setupTokenFromOutput(server.output()), { name: "Olivia Officer", committeeName: "Test LC" });
  const { invites } = await createExchange(server.url, officer.token, { contact: { name: "Chris Contact", email: "chris@example.org", phone: "+351 912 345 678" } });
  const joinLink = (link: string) => `${server.url}/join#${tokenFromLink(link)}`;

  // The contact person, on a phone.
  const contactPage = await (await browser.newContext({ viewport: phone })).newPage();
  await new JoinPage(contactPage).joinThrough(joinLink(invites.contact), /Join as contact person of/);
  await new ContactScreens(contactPage).openHome();
  const card = contactPage.getByRole("listitem").filter({ has: contactPage.getByRole("heading", { level: 3, name: "Sam Student" }) });
  await expect(card.getByRole("link", { name: "sam@example.org" })).toHaveAttribute("href", "mailto:sam@example.org");
  await expectNoAxeViolationsAtBothWidths(contactPage, "contact person's home with the student's e-mail");

  await contactPage.getByRole("link", { name: /^Arrival and checklist/ }).click();
  const reach = contactPage.getByRole("region", { name: "How to reach Sam Student" });
  await expect(reach.getByRole("link", { name: "sam@example.org" })).toHaveAttribute("href", "mailto:sam@example.org");
  // Items of the contact person's own, added by keyboard; a blank one adds nothing.
  const newItem = contactPage.getByLabel("Add an item");
  await contactPage.getByRole("button", { name: "Add to the checklist" }).click();
  await expect(contactPage.locator(".extra-item")).toHaveCount(0);
  await newItem.fill("SIM card");
  await newItem.press("Enter");
  await expect(newItem).toHaveValue("");
  await newItem.fill("Meal card");
  await contactPage.getByRole("button", { name: "Add to the checklist" }).click();
  await contactPage.getByRole("checkbox", { name: "SIM card" }).check();
  await contactPage.getByRole("button", { name: "Remove Meal card" }).click();
  await expect(contactPage.getByRole("checkbox", { name: "Meal card" })).toHaveCount(0);
  // The student's own accommodation, with a map link built from the address.
  const stayRegion = contactPage.getByRole("region", { name: "Accommodation for Sam Student" });
  await stayRegion.getByLabel("Address").fill("Rua do Ouro 12,\nLisboa");
  await stayRegion.getByLabel("Keys").fill("From the porter, ask for Rui");
  await expect(stayRegion.getByRole("link", { name: /^Show on a map/ })).toHaveAttribute("href", "https://www.openstreetmap.org/search?query=Rua%20do%20Ouro%2012%2C%20Lisboa");
  await expectNoAxeViolationsAtBothWidths(contactPage, "arrival page with added items and the student's accommodation");
  await contactPage.reload();
  await expect(contactPage.getByRole("checkbox", { name: "SIM card" })).toBeChecked();
  await contactPage.getByRole("link", { name: "Back" }).click();
  await expect(contactPage.getByText("Checklist: 1 of 6 done")).toBeVisible();

  // The student, on their phone, once the contact person's edits are on the server.
  const studentPage = await (await browser.newContext({ viewport: phone })).newPage();
  await new JoinPage(studentPage).joinThrough(joinLink(invites.student), /Join as the student of/);
  const stay = new StudentStay(studentPage);
  await stay.openHome();
  const contactCard = stay.region.getByRole("region", { name: "Your contact person" });
  await expect(contactCard).toContainText("Chris Contact meets you when you arrive");
  await expect(contactCard.getByRole("link", { name: "+351 912 345 678" })).toHaveAttribute("href", "tel:+351912345678");
  await expect(contactCard.getByRole("link", { name: "chris@example.org" })).toHaveAttribute("href", "mailto:chris@example.org");
  const where = stay.region.getByRole("region", { name: "Where you stay" });
  await expect(where).toContainText("Rua do Ouro 12,", { timeout: 30_000 });
  await expect(where).toContainText("From the porter, ask for Rui");
  await expect(where.getByRole("link", { name: /^Show on a map/ })).toHaveAttribute("href", /^https:\/\/www\.openstreetmap\.org\/search\?query=Rua%20do%20Ouro/);
  await stay.region.screenshot({ path: testInfo.outputPath("your-stay-390.png") });
  await expectNoAxeViolationsAtBothWidths(studentPage, "student's home with Your stay");
});
