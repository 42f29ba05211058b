import { describe, expect, it } from "vitest";
import { formatMessage, localeFormatters } from "./format";
import { formatCalendarDate } from "./dates";
import { en, type Messages } from "./locales";

const messages = {
  ...en,
  "invite.joined": { one: "one {count}", two: "two {count}", few: "few {count}", many: "many {count}", zero: "zero {count}", other: "other {count}" },
} as Messages;

describe("formatMessage", () => {
  it("picks the English plural form from the count", () => {
    const english = localeFormatters("en");
    expect(formatMessage(en, "invite.joined", { count: 1 }, english)).toBe("Joined on 1 device.");
    expect(formatMessage(en, "invite.joined", { count: 0 }, english)).toBe("Joined on 0 devices.");
    expect(formatMessage(en, "invite.joined", { count: 3 }, english)).toBe("Joined on 3 devices.");
  });

  it("follows each locale's plural rules: French puts 0 with 1, Arabic has six forms", () => {
    const pick = (locale: string, count: number) => formatMessage(messages, "invite.joined", { count }, localeFormatters(locale)).split(" ")[0];
    expect([0, 1, 2].map((n) => pick("fr", n))).toEqual(["one", "one", "other"]);
    expect([0, 1, 2, 3, 11, 100].map((n) => pick("ar", n))).toEqual(["zero", "one", "two", "few", "many", "other"]);
  });

  it("falls back to `other` when a translation lacks a form", () => {
    const partial = { ...en, "invite.joined": { other: "n={count}" } } as Messages;
    expect(formatMessage(partial, "invite.joined", { count: 1 }, localeFormatters("en"))).toBe("n=1");
  });

  it("writes numbers in the locale's separators and keeps unknown placeholders visible", () => {
    const french = localeFormatters("fr");
    const template = { ...en, "invite.joined": "{count} h, {missing}" } as Messages;
    expect(formatMessage(template, "invite.joined", { count: 7.5 }, french)).toBe("7,5 h, {missing}");
  });
});

describe("formatCalendarDate", () => {
  it("formats a calendar date as that day whatever the time zone, in the Gregorian calendar", () => {
    expect(formatCalendarDate("en-GB", "2026-11-22", "day")).toBe("Sunday 22 November");
    // ar-SA defaults to the Islamic calendar; the logbook's dates are Gregorian.
    expect(formatCalendarDate("ar-SA", "2026-11-22", "date")).toContain("٢٠٢٦"); // 2026 in Arabic-Indic digits
  });

  it("shows an unreadable date as it was typed", () => {
    expect(formatCalendarDate("en", "22/11", "day")).toBe("22/11");
  });
});
