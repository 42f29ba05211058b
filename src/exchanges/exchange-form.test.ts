import { describe, expect, it } from "vitest";
import { isPhoneNumber, validateExchangeForm } from "./exchange-form";
import { exchangeForm } from "../../test/helpers/provision";

describe("phone numbers on the project form", () => {
  it("takes numbers as people write them", () => {
    for (const phone of ["+351 912 345 678", "+1 (415) 555-0100", "0032.2.555.12.34", "112233"]) expect(isPhoneNumber(phone), phone).toBe(true);
  });
  it("refuses what cannot be dialled", () => {
    for (const phone of ["call me", "12345", "+351 912 345 678 ext", "+44 ++20 7946 0958", "1234567890123456", "chris@example.org"]) expect(isPhoneNumber(phone), phone).toBe(false);
  });
  it("an empty phone is fine (it is optional), a wrong one is a problem at its field", () => {
    expect(validateExchangeForm(exchangeForm({ contact: { name: "Chris", email: "chris@example.org", phone: "" } })).ok).toBe(true);
    const checked = validateExchangeForm(exchangeForm({ contact: { name: "Chris", email: "chris@example.org", phone: "ask at the desk" } }));
    expect(checked.ok ? {} : checked.problems).toEqual({ "contact.phone": "phone" });
  });
});
