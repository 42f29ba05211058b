import { describe, expect, it } from "vitest";
import { knownContactsOf } from "./known-contacts";

const contact = (name: string, email: string, phone = "") => ({ contact: { name, email, phone } });

describe("known contact persons", () => {
  it("lists each contact person once, by e-mail whatever its case, as the latest exchange has them", () => {
    const forms = [contact("Chris Contact", "Chris@Example.org", "+351 912 345 678"), contact("Dana", "dana@example.org"), contact("Chris C.", "chris@example.org")];
    expect(knownContactsOf(forms)).toEqual([
      { name: "Chris Contact", email: "Chris@Example.org", phone: "+351 912 345 678" },
      { name: "Dana", email: "dana@example.org", phone: "" },
    ]);
  });
  it("skips contacts without an e-mail", () => {
    expect(knownContactsOf([contact("Nobody", " ")])).toEqual([]);
  });
});
