import { describe, expect, it } from "vitest";
import { workingDays } from "../logbook/rules/calendar";
import { declaredAttendance } from "./week-attendance";

// Wednesday 1 July to Tuesday 28 July 2026: week 1 is Wed 1 – Tue 7.
const period = { startDate: "2026-07-01", endDate: "2026-07-28", workingDays: workingDays("2026-07-01", "2026-07-28", ["2026-07-03"]) };

describe("declaredAttendance", () => {
  it("lists each working day of the week with the student's declaration, undeclared days included", () => {
    const days = declaredAttendance(1, period, {
      "2026-07-01": { status: "present", reason: "" },
      "2026-07-02": { status: "absent", reason: "Fever" },
      "2026-07-04": { status: "present", reason: "" }, // a Saturday: not a working day
    });
    expect(days).toEqual([
      { date: "2026-07-01", status: "present", reason: "" },
      { date: "2026-07-02", status: "absent", reason: "Fever" },
      // 3 July is a day off; the 4th and 5th are the weekend.
      { date: "2026-07-06", status: null, reason: "" },
      { date: "2026-07-07", status: null, reason: "" },
    ]);
  });

  it("is empty for a week outside the period", () => {
    expect(declaredAttendance(9, period, {})).toEqual([]);
    expect(declaredAttendance(0, period, {})).toEqual([]);
  });
});
