import { describe, expect, it } from "vitest";
import { workingDays } from "../logbook/rules/calendar";
import type { DayEntryData } from "../logbook/student-document";
import { daysNewSince, isNewSince, weeksAwaitingConfirmation, weeksOpenAtFirst } from "./tutor-attention";

const calendar = { startDate: "2026-07-01", endDate: "2026-08-25", workingDays: workingDays("2026-07-01", "2026-08-25"), today: "2026-07-24" };
const day = (date: string, at: number | null, hours: number | null = 7): DayEntryData => ({
  date,
  hours,
  activities: "",
  skills: [],
  reflection: "",
  questions: "",
  lastEdit: at === null ? null : { at, by: "Sam" },
});

describe("what needs the tutor", () => {
  it("counts as new the logged days changed after the last visit, all of them on a first visit", () => {
    const days = { "2026-07-01": day("2026-07-01", 100), "2026-07-02": day("2026-07-02", 300), "2026-07-03": day("2026-07-03", 400, null), "2026-07-06": day("2026-07-06", null) };
    expect(daysNewSince(days, calendar, 200)).toEqual(["2026-07-02"]);
    expect(daysNewSince(days, calendar, null)).toEqual(["2026-07-01", "2026-07-02", "2026-07-06"]);
    expect(isNewSince(undefined, null)).toBe(false);
  });

  it("lists the weeks that have ended and wait for confirmation, not the ones to come", () => {
    expect(weeksAwaitingConfirmation({ attendanceConfirmations: { "1": { confirmed: true, at: 1, note: "" }, "2": { confirmed: false, at: null, note: "" } } }, calendar)).toEqual([2, 3]);
  });

  it("opens the current week and those that need the tutor; folds the rest", () => {
    expect([...weeksOpenAtFirst(["2026-07-02"], [3], calendar)].sort()).toEqual([1, 3, 4]);
    expect([...weeksOpenAtFirst([], [], { ...calendar, today: "2026-09-10" })]).toEqual([]);
  });
});
