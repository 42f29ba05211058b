import { describe, expect, it } from "vitest";
import { checkedPreferences } from "./dashboard-preferences";
import { defaultSort, noFilter } from "./dashboard-view";

describe("kept dashboard preferences", () => {
  it("reads back what was kept", () => {
    const kept = { filter: { month: "2027-01", kind: "professional", status: "ongoing" }, sort: { key: "progress", descending: true } };
    expect(checkedPreferences(kept)).toEqual(kept);
  });
  it("falls back to the defaults for nothing kept or values this version does not know", () => {
    expect(checkedPreferences(null)).toEqual({ filter: noFilter, sort: defaultSort });
    expect(checkedPreferences({ filter: { month: "January", kind: "surgery", status: "lost" }, sort: { key: "__proto__", descending: "yes" } })).toEqual({ filter: noFilter, sort: defaultSort });
  });
});
