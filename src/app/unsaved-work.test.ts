import { describe, expect, it } from "vitest";
import { unsavedWork } from "./unsaved-work";

describe("unsavedWork", () => {
  it("counts each day once, whatever was changed on it and in which document", () => {
    const parts = [
      "exchange/x/student#day:2026-07-02/hours",
      "exchange/x/student#day:2026-07-02/skill:lab-work",
      "exchange/x/student#day:2026-07-02:reflection",
      "exchange/x/student#attendance/2026-07-03",
      "exchange/x/student#attendance:2026-07-03:reason",
      "exchange/x/tutor#comment:2026-07-06",
    ];
    expect(unsavedWork(parts, 1427)).toEqual({ days: 3, other: false });
  });

  it("says so when something other than days is waiting, or when nothing names the waiting changes", () => {
    expect(unsavedWork(["exchange/x/student#expectations", "exchange/x/student#day:2026-07-02"], 3)).toEqual({ days: 1, other: true });
    expect(unsavedWork([], 2)).toEqual({ days: 0, other: true });
    expect(unsavedWork([], 0)).toEqual({ days: 0, other: false });
  });
});
