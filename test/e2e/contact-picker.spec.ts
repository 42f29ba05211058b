// A committee's contact person, once entered, is picked for the next exchange instead of typed.
import { test, expect, expectNoAxeViolationsAtBothWidths } from "./fixtures";
import { createExchange, setupTokenFromOutput } from "../helpers/provision";
import { OfficerScreens, setUpOfficer } from "./officer-pages";

test("the officer picks an existing contact person for a new exchange", async ({ isolatedBrowser: browser, server }) => {
  const { page } = await setUpOfficer(browser, server.url, setupTokenFromOutput(server.output()));
  const officer = new OfficerScreens(page);
  await createExchange(server.url, await officer.sessionToken(), { contact: { name: "Rita Contact", email: "rita@example.org", phone: "+351 911 111 111" } });
  await officer.openHome();
  await officer.startNewExchange();
  await page.getByLabel("A contact person of your committee").selectOption({ label: "Rita Contact (rita@example.org)" });
  await expect(page.getByLabel("Contact person's name (required)")).toHaveValue("Rita Contact");
  await expect(page.getByLabel("Contact person's e-mail (required)")).toHaveValue("rita@example.org");
  await expect(page.getByLabel("Contact person's phone")).toHaveValue("+351 911 111 111");
  await expectNoAxeViolationsAtBothWidths(page, "new exchange form with a kept draft and the contact picker");

  // The typed form is kept: a reload says so and shows it again.
  await page.reload();
  await expect(page.getByText(/^You started this exchange on this device/)).toBeVisible();
  await expect(page.getByLabel("Contact person's name (required)")).toHaveValue("Rita Contact");
  await expectNoAxeViolationsAtBothWidths(page, "new exchange form restored from the device");
});
