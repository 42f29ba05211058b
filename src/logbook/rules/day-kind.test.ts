import { describe, expect, it } from "vitest";
import { workingDays } from "./calendar";
import { dayKind } from "./day-kind";

describe("what a day of the period is", () => {
  const working = new Set(workingDays("2026-07-01", "2026-07-28", ["2026-07-14"]));
  const attendance = { "2026-07-02": { status: "absent" as const }, "2026-07-03": { status: "excused" as const }, "2026-07-06": { status: "present" as const }, "2026-07-20": { status: "absent" as const } };
  it("tells weekends, days off, absences, excused days, days to come and other working days apart", () => {
    const kinds = ["2026-07-02", "2026-07-03", "2026-07-04", "2026-07-05", "2026-07-06", "2026-07-07", "2026-07-14", "2026-07-20", "2026-07-21"].map((date) =>
      dayKind(date, working, attendance, "2026-07-10"),
    );
    expect(kinds).toEqual(["absent", "excused", "weekend", "weekend", "working", "working", "day-off", "upcoming", "upcoming"]);
  });
});
