import { describe, expect, it } from "vitest";
import { addDays, exchangeDays } from "./calendar";
import {
  appraisalDue,
  appraisalSchedule,
  appraisalStatus,
  assessmentBlocks,
  assessmentScheme,
  type Appraisal,
  type AppraisalId,
} from "./appraisals";

const none = new Set<AppraisalId>();
const endOfPeriod = (start: string, days: number) => addDays(start, days - 1);

function byId(schedule: Appraisal[], id: AppraisalId): Appraisal {
  const appraisal = schedule.find((entry) => entry.id === id);
  if (!appraisal) throw new Error(`no ${id} in the schedule`);
  return appraisal;
}

describe("assessmentScheme", () => {
  it("treats up to 35 days as a 4-week exchange and 36 days or more as an 8-week one", () => {
    const start = "2024-06-03";
    expect(assessmentScheme(start, endOfPeriod(start, 28))).toBe("4-week");
    expect(assessmentScheme(start, endOfPeriod(start, 35))).toBe("4-week");
    expect(assessmentScheme(start, endOfPeriod(start, 36))).toBe("8-week");
    expect(assessmentScheme(start, endOfPeriod(start, 56))).toBe("8-week");
  });

  it("has no scheme for a reversed or malformed period", () => {
    expect(assessmentScheme("2024-06-03", "2024-06-02")).toBeNull();
    expect(assessmentScheme("2024-06-03", "2024-13-01")).toBeNull();
  });
});

describe("appraisalSchedule", () => {
  it("gives a 28-day exchange a mid-exchange appraisal at the end of week 2 and one on the last day", () => {
    expect(appraisalSchedule("2024-06-03", "2024-06-30")).toEqual([
      {
        id: "mid-exchange",
        kind: "appraisal",
        dueDate: "2024-06-16",
        opensOn: "2024-06-13",
        closesOn: "2024-06-30",
        labelKey: "appraisal.midExchange",
      },
      {
        id: "end-of-exchange",
        kind: "appraisal",
        dueDate: "2024-06-30",
        opensOn: "2024-06-27",
        closesOn: "2024-07-07",
        labelKey: "appraisal.endOfExchange",
      },
    ]);
  });

  it("keeps the 35-day exchange on the 4-week scheme with the mid-exchange appraisal still at day 14", () => {
    const schedule = appraisalSchedule("2024-06-03", "2024-07-07");
    expect(schedule.map((appraisal) => [appraisal.id, appraisal.dueDate])).toEqual([
      ["mid-exchange", "2024-06-16"],
      ["end-of-exchange", "2024-07-07"],
    ]);
  });

  it("gives a 36-day exchange four appraisals, all inside the period", () => {
    const schedule = appraisalSchedule("2024-06-03", "2024-07-08");
    expect(schedule.map((appraisal) => [appraisal.id, appraisal.dueDate])).toEqual([
      ["first-quarter", "2024-06-09"],
      ["mid-exchange", "2024-06-23"],
      ["third-quarter", "2024-06-30"],
      ["end-of-exchange", "2024-07-08"],
    ]);
  });

  it("gives a 56-day exchange appraisals at the ends of weeks 2, 4 and 6 and on the last day", () => {
    const schedule = appraisalSchedule("2024-06-03", "2024-07-28");
    expect(schedule.map((appraisal) => [appraisal.id, appraisal.dueDate, appraisal.opensOn, appraisal.closesOn, appraisal.labelKey])).toEqual([
      ["first-quarter", "2024-06-16", "2024-06-13", "2024-06-30", "appraisal.firstQuarter"],
      ["mid-exchange", "2024-06-30", "2024-06-27", "2024-07-14", "appraisal.midExchange"],
      ["third-quarter", "2024-07-14", "2024-07-11", "2024-07-28", "appraisal.thirdQuarter"],
      ["end-of-exchange", "2024-07-28", "2024-07-25", "2024-08-04", "appraisal.endOfExchange"],
    ]);
  });

  it("counts exchange weeks from a start on a Saturday", () => {
    expect(byId(appraisalSchedule("2024-06-01", "2024-06-28"), "mid-exchange").dueDate).toBe("2024-06-14");
  });

  it("counts the leap day", () => {
    const leap = appraisalSchedule("2024-02-16", endOfPeriod("2024-02-16", 28));
    expect(byId(leap, "mid-exchange")).toMatchObject({ dueDate: "2024-02-29", opensOn: "2024-02-26" });
    expect(byId(leap, "end-of-exchange").dueDate).toBe("2024-03-14");
    const common = appraisalSchedule("2023-02-16", endOfPeriod("2023-02-16", 28));
    expect(byId(common, "mid-exchange").dueDate).toBe("2023-03-01");
    expect(byId(common, "end-of-exchange").closesOn).toBe("2023-03-22");
  });

  it("is consistent for every length from 1 to 70 days", () => {
    const start = "2024-02-20";
    for (let days = 1; days <= 70; days += 1) {
      const end = endOfPeriod(start, days);
      const schedule = appraisalSchedule(start, end);
      expect(schedule.at(-1)?.id).toBe("end-of-exchange");
      expect(schedule.at(-1)?.dueDate).toBe(end);
      if (days >= 28 && days <= 35) expect(schedule.map((a) => a.id)).toEqual(["mid-exchange", "end-of-exchange"]);
      if (days >= 36) expect(schedule.map((a) => a.id)).toEqual(["first-quarter", "mid-exchange", "third-quarter", "end-of-exchange"]);
      schedule.forEach((appraisal, index) => {
        expect(appraisal.opensOn >= start).toBe(true);
        expect(appraisal.opensOn <= appraisal.dueDate).toBe(true);
        expect(appraisal.dueDate <= appraisal.closesOn).toBe(true);
        const next = schedule[index + 1];
        if (next) {
          expect(appraisal.dueDate < next.dueDate).toBe(true);
          expect(appraisal.closesOn).toBe(next.dueDate);
        } else {
          expect(appraisal.closesOn).toBe(addDays(end, 7));
        }
      });
    }
  });

  it("opens no earlier than the first day of a very short period", () => {
    expect(appraisalSchedule("2024-06-03", "2024-06-04")).toEqual([
      {
        id: "end-of-exchange",
        kind: "appraisal",
        dueDate: "2024-06-04",
        opensOn: "2024-06-03",
        closesOn: "2024-06-11",
        labelKey: "appraisal.endOfExchange",
      },
    ]);
  });

  it("is empty for a reversed or malformed period", () => {
    expect(appraisalSchedule("2024-06-30", "2024-06-03")).toEqual([]);
    expect(appraisalSchedule("", "2024-06-30")).toEqual([]);
  });
});

describe("assessmentBlocks", () => {
  it("splits a 28-day exchange into the first two weeks and the last two weeks", () => {
    expect(assessmentBlocks("2024-06-03", "2024-06-30")).toEqual([
      {
        kind: "block",
        appraisalId: "mid-exchange",
        startDate: "2024-06-03",
        endDate: "2024-06-16",
        fromWeek: 1,
        toWeek: 2,
        labelKey: "assessment.firstTwoWeeks",
      },
      {
        kind: "block",
        appraisalId: "end-of-exchange",
        startDate: "2024-06-17",
        endDate: "2024-06-30",
        fromWeek: 3,
        toWeek: 4,
        labelKey: "assessment.lastTwoWeeks",
      },
    ]);
  });

  it("lets the last block of a 35-day exchange run to the end", () => {
    const blocks = assessmentBlocks("2024-06-03", "2024-07-07");
    expect(blocks.at(-1)).toMatchObject({ startDate: "2024-06-17", endDate: "2024-07-07", fromWeek: 3, toWeek: 5 });
  });

  it("splits a 56-day exchange into four two-week blocks", () => {
    expect(assessmentBlocks("2024-06-03", "2024-07-28").map((block) => [block.appraisalId, block.fromWeek, block.toWeek, block.labelKey])).toEqual([
      ["first-quarter", 1, 2, "assessment.weeks"],
      ["mid-exchange", 3, 4, "assessment.weeks"],
      ["third-quarter", 5, 6, "assessment.weeks"],
      ["end-of-exchange", 7, 8, "assessment.weeks"],
    ]);
  });

  it("covers every day of the period exactly once", () => {
    const start = "2024-02-20";
    for (const days of [28, 31, 35, 36, 41, 42, 49, 56]) {
      const end = endOfPeriod(start, days);
      const covered = assessmentBlocks(start, end).flatMap((block) => exchangeDays(block.startDate, block.endDate));
      expect(covered).toEqual(exchangeDays(start, end));
    }
  });

  it("is empty for a malformed period", () => {
    expect(assessmentBlocks("2024-06-03", "later")).toEqual([]);
  });
});

describe("appraisalStatus", () => {
  const mid = byId(appraisalSchedule("2024-06-03", "2024-06-30"), "mid-exchange");

  it("follows the window: upcoming, open through the due date, overdue until it closes, then missed", () => {
    expect(appraisalStatus(mid, "2024-06-03", none)).toBe("upcoming");
    expect(appraisalStatus(mid, "2024-06-12", none)).toBe("upcoming");
    expect(appraisalStatus(mid, "2024-06-13", none)).toBe("open");
    expect(appraisalStatus(mid, "2024-06-16", none)).toBe("open");
    expect(appraisalStatus(mid, "2024-06-17", none)).toBe("overdue");
    expect(appraisalStatus(mid, "2024-06-30", none)).toBe("overdue");
    expect(appraisalStatus(mid, "2024-07-01", none)).toBe("missed");
  });

  it("is done once done, before, during and after the window", () => {
    const done = new Set<AppraisalId>(["mid-exchange"]);
    for (const today of ["2024-06-01", "2024-06-14", "2024-06-20", "2024-08-01"]) {
      expect(appraisalStatus(mid, today, done)).toBe("done");
    }
    expect(appraisalStatus(mid, "2024-06-14", new Set<AppraisalId>(["end-of-exchange"]))).toBe("open");
  });
});

describe("appraisalDue", () => {
  const four = appraisalSchedule("2024-06-03", "2024-06-30");
  const eight = appraisalSchedule("2024-06-03", "2024-07-28");

  it("is null before any window opens", () => {
    expect(appraisalDue(four, "2024-06-12", none)).toBeNull();
    expect(appraisalDue(four, "2024-05-01", none)).toBeNull();
  });

  it("gives the open appraisal", () => {
    expect(appraisalDue(four, "2024-06-13", none)?.id).toBe("mid-exchange");
    expect(appraisalDue(four, "2024-06-16", none)?.id).toBe("mid-exchange");
  });

  it("keeps giving an overdue appraisal, even once the next one has opened", () => {
    expect(appraisalDue(four, "2024-06-20", none)?.id).toBe("mid-exchange");
    expect(appraisalDue(four, "2024-06-28", none)?.id).toBe("mid-exchange");
    expect(appraisalDue(eight, "2024-06-28", none)?.id).toBe("first-quarter");
  });

  it("moves on to the next once the earlier one is done", () => {
    expect(appraisalDue(four, "2024-06-28", new Set<AppraisalId>(["mid-exchange"]))?.id).toBe("end-of-exchange");
    expect(appraisalDue(four, "2024-06-20", new Set<AppraisalId>(["mid-exchange"]))).toBeNull();
    expect(appraisalDue(eight, "2024-06-28", new Set<AppraisalId>(["first-quarter"]))?.id).toBe("mid-exchange");
  });

  it("skips an appraisal whose window has closed", () => {
    // The mid-exchange window closed on 06-30; the end-of-exchange one is overdue until 07-07.
    expect(appraisalDue(four, "2024-07-01", none)?.id).toBe("end-of-exchange");
    expect(appraisalDue(four, "2024-07-07", none)?.id).toBe("end-of-exchange");
    expect(appraisalDue(four, "2024-07-08", none)).toBeNull();
  });

  it("is null when everything is done", () => {
    expect(appraisalDue(four, "2024-06-29", new Set<AppraisalId>(["mid-exchange", "end-of-exchange"]))).toBeNull();
  });

  it("picks by due date whatever the order of the schedule given", () => {
    expect(appraisalDue([...eight].reverse(), "2024-06-28", none)?.id).toBe("first-quarter");
  });

  it("is null for an empty schedule", () => {
    expect(appraisalDue([], "2024-06-28", none)).toBeNull();
  });
});
