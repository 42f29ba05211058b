import { describe, expect, it } from "vitest";
import {
  addDays,
  clampToPeriod,
  exchangeDays,
  exchangeWeeks,
  isWithinPeriod,
  todayIso,
  weekDates,
  weekOf,
  workingDays,
} from "./calendar";

describe("addDays", () => {
  it("moves across month ends, year ends and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-02-29", 1)).toBe("2024-03-01");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addDays("2024-03-10", 0)).toBe("2024-03-10");
    expect(addDays("2024-01-01", 366)).toBe("2025-01-01");
  });

  it("ignores daylight-saving changes (dates are UTC)", () => {
    // The EU and US change clocks on these weekends; a local-time calculation would repeat or skip a day.
    expect(addDays("2024-03-30", 1)).toBe("2024-03-31");
    expect(addDays("2024-03-31", 1)).toBe("2024-04-01");
    expect(addDays("2024-11-03", 1)).toBe("2024-11-04");
  });

  it("refuses malformed dates, fractional days and results outside four-digit years", () => {
    expect(() => addDays("2024-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("2024-2-3", 1)).toThrow(RangeError);
    expect(() => addDays("", 1)).toThrow(RangeError);
    expect(() => addDays("2024-01-01", 1.5)).toThrow(RangeError);
    expect(() => addDays("2024-01-01", Number.NaN)).toThrow(RangeError);
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
  });
});

describe("exchangeDays", () => {
  it("lists every date with both ends included", () => {
    expect(exchangeDays("2024-06-03", "2024-06-05")).toEqual(["2024-06-03", "2024-06-04", "2024-06-05"]);
    expect(exchangeDays("2024-06-03", "2024-06-03")).toEqual(["2024-06-03"]);
  });

  it("includes the leap day in a leap year and not otherwise", () => {
    expect(exchangeDays("2024-02-27", "2024-03-01")).toEqual(["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01"]);
    expect(exchangeDays("2023-02-27", "2023-03-01")).toEqual(["2023-02-27", "2023-02-28", "2023-03-01"]);
  });

  it("has the length of 28- and 56-day exchanges, consecutive and without repeats", () => {
    const days = exchangeDays("2024-03-18", "2024-05-12");
    expect(days).toHaveLength(56);
    expect(new Set(days).size).toBe(56);
    expect(days[0]).toBe("2024-03-18");
    expect(days[55]).toBe("2024-05-12");
    days.slice(1).forEach((date, index) => expect(addDays(days[index] ?? "", 1)).toBe(date));
    expect(exchangeDays("2024-06-03", "2024-06-30")).toHaveLength(28);
  });

  it("is empty for a reversed or malformed period", () => {
    expect(exchangeDays("2024-06-05", "2024-06-03")).toEqual([]);
    expect(exchangeDays("2024-06-03", "2024-06-31")).toEqual([]);
    expect(exchangeDays("", "2024-06-30")).toEqual([]);
  });
});

describe("workingDays", () => {
  it("keeps Monday to Friday of a period that starts on a Saturday", () => {
    // 2024-06-01 is a Saturday; 28 days end on Friday 2024-06-28.
    const days = workingDays("2024-06-01", "2024-06-28");
    expect(days).toHaveLength(20);
    expect(days[0]).toBe("2024-06-03");
    expect(days.at(-1)).toBe("2024-06-28");
    expect(days).not.toContain("2024-06-01");
    expect(days).not.toContain("2024-06-02");
    expect(days).not.toContain("2024-06-08");
    expect(days).toContain("2024-06-07");
  });

  it("keeps a period that starts on a Sunday from the Monday", () => {
    expect(workingDays("2024-06-02", "2024-06-04")).toEqual(["2024-06-03", "2024-06-04"]);
  });

  it("is empty for a weekend only", () => {
    expect(workingDays("2024-06-08", "2024-06-09")).toEqual([]);
  });

  it("leaves out the host's days off, ignoring weekends, dates outside the period and garbage", () => {
    const days = workingDays("2024-06-03", "2024-06-14", ["2024-06-10", "2024-06-08", "2024-07-01", "not a date", "2024-06-10"]);
    expect(days).toHaveLength(9);
    expect(days).not.toContain("2024-06-10");
    expect(days).toContain("2024-06-11");
  });

  it("counts the leap day when it is a weekday", () => {
    // 2024-02-29 is a Thursday.
    expect(workingDays("2024-02-26", "2024-03-03")).toEqual(["2024-02-26", "2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01"]);
  });

  it("is empty for an invalid period", () => {
    expect(workingDays("2024-06-14", "2024-06-03")).toEqual([]);
  });
});

describe("weekOf", () => {
  it("counts exchange weeks from the start date, not calendar weeks", () => {
    // Starting on a Saturday: the next Saturday opens week 2.
    expect(weekOf("2024-06-01", "2024-06-01")).toBe(1);
    expect(weekOf("2024-06-03", "2024-06-01")).toBe(1);
    expect(weekOf("2024-06-07", "2024-06-01")).toBe(1);
    expect(weekOf("2024-06-08", "2024-06-01")).toBe(2);
    expect(weekOf("2024-06-28", "2024-06-01")).toBe(4);
    expect(weekOf("2024-06-29", "2024-06-01")).toBe(5);
  });

  it("counts the leap day", () => {
    // Day 7 of an exchange starting 2024-02-23 is the 29th.
    expect(weekOf("2024-02-29", "2024-02-23")).toBe(1);
    expect(weekOf("2024-03-01", "2024-02-23")).toBe(2);
    expect(weekOf("2023-03-01", "2023-02-23")).toBe(1);
  });

  it("has no week before the start or for malformed dates", () => {
    expect(weekOf("2024-05-31", "2024-06-01")).toBeNull();
    expect(weekOf("2024-06-31", "2024-06-01")).toBeNull();
    expect(weekOf("2024-06-05", "June 1st")).toBeNull();
  });
});

describe("weekDates", () => {
  it("gives seven dates per full week", () => {
    expect(weekDates(2, "2024-06-01", "2024-06-28")).toEqual([
      "2024-06-08",
      "2024-06-09",
      "2024-06-10",
      "2024-06-11",
      "2024-06-12",
      "2024-06-13",
      "2024-06-14",
    ]);
  });

  it("cuts the last week at the end date", () => {
    expect(weekDates(5, "2024-06-01", "2024-06-30")).toEqual(["2024-06-29", "2024-06-30"]);
  });

  it("is empty outside the period and for non-whole weeks", () => {
    expect(weekDates(5, "2024-06-01", "2024-06-28")).toEqual([]);
    expect(weekDates(0, "2024-06-01", "2024-06-28")).toEqual([]);
    expect(weekDates(-1, "2024-06-01", "2024-06-28")).toEqual([]);
    expect(weekDates(1.5, "2024-06-01", "2024-06-28")).toEqual([]);
  });

  it("agrees with weekOf for every day of a 36-day exchange", () => {
    const start = "2024-02-10";
    const end = addDays(start, 35);
    for (let week = 1; week <= exchangeWeeks(start, end); week += 1) {
      for (const date of weekDates(week, start, end)) expect(weekOf(date, start)).toBe(week);
    }
    expect([1, 2, 3, 4, 5, 6].flatMap((week) => weekDates(week, start, end))).toEqual(exchangeDays(start, end));
  });
});

describe("exchangeWeeks", () => {
  it("counts a partial last week", () => {
    const start = "2024-06-03";
    expect(exchangeWeeks(start, addDays(start, 27))).toBe(4);
    expect(exchangeWeeks(start, addDays(start, 28))).toBe(5);
    expect(exchangeWeeks(start, addDays(start, 34))).toBe(5);
    expect(exchangeWeeks(start, addDays(start, 35))).toBe(6);
    expect(exchangeWeeks(start, addDays(start, 55))).toBe(8);
    expect(exchangeWeeks(start, start)).toBe(1);
  });

  it("is 0 for a reversed or malformed period", () => {
    expect(exchangeWeeks("2024-06-03", "2024-06-02")).toBe(0);
    expect(exchangeWeeks("2024-06-03", "soon")).toBe(0);
  });
});

describe("isWithinPeriod", () => {
  it("includes both ends", () => {
    expect(isWithinPeriod("2024-06-03", "2024-06-03", "2024-06-30")).toBe(true);
    expect(isWithinPeriod("2024-06-30", "2024-06-03", "2024-06-30")).toBe(true);
    expect(isWithinPeriod("2024-06-15", "2024-06-03", "2024-06-30")).toBe(true);
  });

  it("excludes the days just outside", () => {
    expect(isWithinPeriod("2024-06-02", "2024-06-03", "2024-06-30")).toBe(false);
    expect(isWithinPeriod("2024-07-01", "2024-06-03", "2024-06-30")).toBe(false);
  });

  it("is false for malformed dates even when they would sort inside", () => {
    expect(isWithinPeriod("2024-06-15x", "2024-06-03", "2024-06-30")).toBe(false);
    expect(isWithinPeriod("2024-06-31", "2024-06-03", "2024-07-30")).toBe(false);
    expect(isWithinPeriod("2024-06-15", "", "2024-06-30")).toBe(false);
  });
});

describe("clampToPeriod", () => {
  it("keeps a date inside and moves one outside to the nearest end", () => {
    expect(clampToPeriod("2024-06-15", "2024-06-03", "2024-06-30")).toBe("2024-06-15");
    expect(clampToPeriod("2024-05-01", "2024-06-03", "2024-06-30")).toBe("2024-06-03");
    expect(clampToPeriod("2025-01-01", "2024-06-03", "2024-06-30")).toBe("2024-06-30");
  });

  it("refuses malformed dates and reversed periods", () => {
    expect(() => clampToPeriod("2024-06-15", "2024-06-30", "2024-06-03")).toThrow(RangeError);
    expect(() => clampToPeriod("tomorrow", "2024-06-03", "2024-06-30")).toThrow(RangeError);
    expect(() => clampToPeriod("2024-06-15", "2024-06-03", "2024-02-30")).toThrow(RangeError);
  });
});

describe("todayIso", () => {
  it("uses the device's calendar date by default", () => {
    // Built from local fields, so this holds in every time zone the tests run in.
    expect(todayIso(new Date(2024, 1, 29, 23, 59))).toBe("2024-02-29");
    expect(todayIso(new Date(2024, 0, 1, 0, 0))).toBe("2024-01-01");
  });

  it("uses the given time zone's calendar date", () => {
    const sundayEveningUtc = new Date("2024-03-03T22:30:00Z");
    expect(todayIso(sundayEveningUtc, "UTC")).toBe("2024-03-03");
    expect(todayIso(sundayEveningUtc, "Australia/Sydney")).toBe("2024-03-04");
    expect(todayIso(new Date("2024-03-01T05:00:00Z"), "America/Los_Angeles")).toBe("2024-02-29");
    expect(todayIso(new Date("2024-12-31T23:30:00Z"), "Asia/Tokyo")).toBe("2025-01-01");
  });

  it("refuses an invalid Date and an unknown zone", () => {
    expect(() => todayIso(new Date("nope"))).toThrow(RangeError);
    expect(() => todayIso(new Date("2024-03-03T00:00:00Z"), "Mars/Olympus")).toThrow(RangeError);
  });
});
