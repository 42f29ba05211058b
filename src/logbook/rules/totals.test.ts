import { describe, expect, it } from "vitest";
import { createMemo, createRoot } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { workingDays } from "./calendar";
import {
  attendanceTotals,
  hoursInWeek,
  isLogged,
  logbookProgress,
  totalHours,
  validateHours,
  type AttendanceDeclaration,
  type DayEntry,
} from "./totals";

function day(date: string, fields: Partial<DayEntry> = {}): DayEntry {
  return { date, hours: null, activities: "", skills: [], reflection: "", questions: "", ...fields };
}

describe("isLogged", () => {
  it("counts hours worked", () => {
    expect(isLogged(day("2024-06-03", { hours: 7 }))).toBe(true);
    expect(isLogged(day("2024-06-03", { hours: 0.25 }))).toBe(true);
  });

  it("counts words about the day", () => {
    expect(isLogged(day("2024-06-03", { activities: "Ward round, two admissions" }))).toBe(true);
    expect(isLogged(day("2024-06-03", { reflection: "Learnt to present a case" }))).toBe(true);
  });

  it("does not count an empty day, blank text, zero hours or untrustworthy hours", () => {
    expect(isLogged(day("2024-06-03"))).toBe(false);
    expect(isLogged(day("2024-06-03", { hours: 0, activities: "  \n\t", reflection: " " }))).toBe(false);
    for (const hours of [-3, 25, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(isLogged(day("2024-06-03", { hours }))).toBe(false);
    }
  });

  it("does not count ticked skills or questions alone", () => {
    expect(isLogged(day("2024-06-03", { skills: ["history-taking"] }))).toBe(false);
    expect(isLogged(day("2024-06-03", { questions: "Can I join the night shift?" }))).toBe(false);
  });

  it("survives non-text fields from a tampered document", () => {
    const tampered = { ...day("2024-06-03"), activities: 42, reflection: null } as unknown as DayEntry;
    expect(isLogged(tampered)).toBe(false);
  });
});

describe("logbookProgress", () => {
  // 2024-06-01 is a Saturday; the 28-day period has 20 working days, 19 with the holiday on 06-10.
  const start = "2024-06-01";
  const end = "2024-06-28";
  const working = workingDays(start, end, ["2024-06-10"]);

  it("counts logged days in the period and logged working days separately", () => {
    const entries = [
      day("2024-06-03", { hours: 8 }),
      day("2024-06-04", { activities: "Clinic" }),
      day("2024-06-04", { hours: 4 }), // the same date again counts once
      day("2024-06-05"), // opened but empty
      day("2024-06-08", { hours: 3 }), // a Saturday
      day("2024-06-10", { reflection: "Worked on the holiday" }), // a day off
      day("2024-05-31", { hours: 8 }), // before the period
      day("2024-06-29", { hours: 8 }), // after the period
      day("2024-06-31", { hours: 8 }), // not a date
    ];
    expect(logbookProgress(entries, working, start, end)).toEqual({
      daysLogged: 4,
      loggedWorkingDays: 2,
      expectedDays: 19,
      percent: 10,
    });
  });

  it("rounds the percentage down so that 100% means complete", () => {
    const three = ["2024-06-03", "2024-06-04", "2024-06-05"];
    const two = [day("2024-06-03", { hours: 1 }), day("2024-06-04", { hours: 1 })];
    expect(logbookProgress(two, three, "2024-06-03", "2024-06-05").percent).toBe(66);
    const almost = working.slice(0, 18).map((date) => day(date, { hours: 8 }));
    expect(logbookProgress(almost, working, start, end).percent).toBe(94);
    const all = working.map((date) => day(date, { hours: 8 }));
    expect(logbookProgress(all, working, start, end)).toEqual({ daysLogged: 19, loggedWorkingDays: 19, expectedDays: 19, percent: 100 });
  });

  it("does not let weekend logs push the percentage", () => {
    const weekends = ["2024-06-01", "2024-06-02", "2024-06-08", "2024-06-09"].map((date) => day(date, { hours: 5 }));
    expect(logbookProgress(weekends, working, start, end)).toMatchObject({ daysLogged: 4, loggedWorkingDays: 0, percent: 0 });
  });

  it("is 0% when no working day is expected", () => {
    expect(logbookProgress([day("2024-06-08", { hours: 2 })], [], "2024-06-08", "2024-06-09")).toEqual({
      daysLogged: 1,
      loggedWorkingDays: 0,
      expectedDays: 0,
      percent: 0,
    });
  });
});

describe("hours", () => {
  // Exchange starting on Saturday 2024-06-01: week 1 is 06-01..06-07, week 2 is 06-08..06-14.
  const start = "2024-06-01";
  const entries = [
    day("2024-05-31", { hours: 8 }), // before the exchange
    day("2024-06-01", { hours: 2 }),
    day("2024-06-03", { hours: 7.5 }),
    day("2024-06-07", { hours: 8.25 }),
    day("2024-06-08", { hours: 6 }),
    day("2024-06-14", { hours: 0.1 }),
    day("2024-06-13", { hours: 0.2 }),
    day("2024-06-12", { hours: 25 }),
    day("2024-06-11", { hours: -4 }),
    day("2024-06-10", { hours: Number.NaN }),
    day("2024-06-09", { hours: Number.POSITIVE_INFINITY }),
    day("2024-06-05", { hours: null }),
    day("not-a-date", { hours: 5 }),
  ];

  it("sums the hours of one exchange week", () => {
    expect(hoursInWeek(entries, 1, start)).toBe(17.75);
    expect(hoursInWeek(entries, 2, start)).toBe(6.3);
    expect(hoursInWeek(entries, 3, start)).toBe(0);
    expect(hoursInWeek(entries, 0, start)).toBe(0);
  });

  it("sums all valid hours, ignoring values outside 0–24", () => {
    expect(totalHours(entries)).toBe(8 + 2 + 7.5 + 8.25 + 6 + 0.3 + 5);
    expect(totalHours([])).toBe(0);
    expect(totalHours([day("2024-06-03", { hours: 24 }), day("2024-06-04", { hours: 24.01 })])).toBe(24);
  });
});

describe("attendanceTotals", () => {
  // Two weeks, Monday 2024-06-03 to Friday 2024-06-14, with 06-10 off: 9 working days.
  const working = workingDays("2024-06-03", "2024-06-14", ["2024-06-10"]);
  const declarations: Record<string, AttendanceDeclaration> = {
    "2024-06-03": { status: "present" },
    "2024-06-04": { status: "present" },
    "2024-06-05": { status: "absent" },
    "2024-06-06": { status: "excused", reason: "Fever" },
    "2024-06-08": { status: "present" }, // a Saturday: kept, but not a working day
    "2024-06-10": { status: "absent" }, // the day off
    "2024-06-13": { status: "excused", reason: "Exam at home university" }, // declared ahead
    "2024-06-12": { status: "late" as never },
  };

  it("counts declarations on working days and undeclared days up to and including today", () => {
    // Today is Tuesday 06-11: 06-07 and 06-11 are undeclared; 06-12 (bad status), 06-13 (declared
    // ahead) and 06-14 are still to come.
    expect(attendanceTotals(declarations, working, "2024-06-11")).toEqual({
      present: 2,
      absent: 1,
      excused: 1,
      undeclared: 2,
      upcoming: 3,
      total: 9,
    });
  });

  it("owes nothing before the exchange and everything undeclared after it", () => {
    expect(attendanceTotals({}, working, "2024-06-02")).toEqual({ present: 0, absent: 0, excused: 0, undeclared: 0, upcoming: 9, total: 9 });
    expect(attendanceTotals({}, working, "2024-06-03")).toMatchObject({ undeclared: 1, upcoming: 8 });
    expect(attendanceTotals(declarations, working, "2024-07-01")).toMatchObject({ undeclared: 4, upcoming: 0 });
  });

  it("does not count a declaration for a day that has not come yet", () => {
    // Today is Wednesday 06-12: the excused 06-13 was declared ahead; it is still to come.
    expect(attendanceTotals(declarations, working, "2024-06-12")).toMatchObject({ excused: 1, upcoming: 2 });
    expect(attendanceTotals({ "2024-06-14": { status: "present" } }, working, "2024-06-03")).toEqual({
      present: 0,
      absent: 0,
      excused: 0,
      undeclared: 1,
      upcoming: 8,
      total: 9,
    });
  });

  it("follows declarations that reach a screen's store after its first count", () => {
    // A screen counts as soon as it shows, before the logbook has loaded from the device; the
    // declarations arrive later, into the same Solid store, and the count must follow them.
    createRoot((dispose) => {
      const [attendance, setAttendance] = createStore<Record<string, AttendanceDeclaration>>({});
      const totals = createMemo(() => attendanceTotals(attendance, working, "2024-06-14"));
      expect(totals()).toMatchObject({ present: 0, undeclared: 9 });
      setAttendance(reconcile({ "2024-06-03": { status: "present" }, "2024-06-04": { status: "absent", reason: "Fever" } }));
      expect(totals()).toMatchObject({ present: 1, absent: 1, undeclared: 7 });
      dispose();
    });
  });

  it("always adds up to the number of working days", () => {
    for (const today of ["2024-06-01", "2024-06-05", "2024-06-10", "2024-06-14", "2024-06-20"]) {
      const totals = attendanceTotals(declarations, working, today);
      expect(totals.present + totals.absent + totals.excused + totals.undeclared + totals.upcoming).toBe(totals.total);
    }
  });

  it("counts a repeated working day once and reads only own properties", () => {
    // A declaration reachable only through the prototype is not the student's.
    const crafted = Object.create({ "2024-06-03": { status: "present" } }) as Record<string, AttendanceDeclaration>;
    expect(attendanceTotals(crafted, ["2024-06-03", "2024-06-03"], "2024-06-03")).toEqual({
      present: 0,
      absent: 0,
      excused: 0,
      undeclared: 1,
      upcoming: 0,
      total: 1,
    });
  });
});

describe("validateHours", () => {
  it("accepts whole numbers and decimals with a point or a comma", () => {
    expect(validateHours("7")).toEqual({ ok: true, hours: 7 });
    expect(validateHours("7.5")).toEqual({ ok: true, hours: 7.5 });
    expect(validateHours("7,5")).toEqual({ ok: true, hours: 7.5 });
    expect(validateHours(" 8 ")).toEqual({ ok: true, hours: 8 });
    expect(validateHours("0,25")).toEqual({ ok: true, hours: 0.25 });
    expect(validateHours(",5")).toEqual({ ok: true, hours: 0.5 });
    expect(validateHours("6.")).toEqual({ ok: true, hours: 6 });
    expect(validateHours("+3")).toEqual({ ok: true, hours: 3 });
    expect(validateHours("0")).toEqual({ ok: true, hours: 0 });
    expect(validateHours("-0")).toEqual({ ok: true, hours: 0 });
  });

  it("rounds to the nearest quarter hour", () => {
    expect(validateHours("7.3")).toEqual({ ok: true, hours: 7.25 });
    expect(validateHours("7,4")).toEqual({ ok: true, hours: 7.5 });
    expect(validateHours("7.1")).toEqual({ ok: true, hours: 7 });
    expect(validateHours("0.1")).toEqual({ ok: true, hours: 0 });
    expect(validateHours("23.99")).toEqual({ ok: true, hours: 24 });
  });

  it("allows 24 hours and no more", () => {
    expect(validateHours("24")).toEqual({ ok: true, hours: 24 });
    expect(validateHours("24,0")).toEqual({ ok: true, hours: 24 });
    expect(validateHours("24.1")).toEqual({ ok: false, problem: "tooMany" });
    expect(validateHours("25")).toEqual({ ok: false, problem: "tooMany" });
    expect(validateHours("9".repeat(400))).toEqual({ ok: false, problem: "tooMany" });
  });

  it("refuses negative hours, with either minus sign", () => {
    expect(validateHours("-1")).toEqual({ ok: false, problem: "negative" });
    expect(validateHours("-0,5")).toEqual({ ok: false, problem: "negative" });
    expect(validateHours("−2")).toEqual({ ok: false, problem: "negative" });
  });

  it("refuses what is not a number", () => {
    for (const value of ["", "   ", "abc", "7h", "7,5,0", "7.5.1", "1e1", "Infinity", "NaN", "0x10", "7 5", "--1", ".", ",", "½"]) {
      expect(validateHours(value)).toEqual({ ok: false, problem: "notANumber" });
    }
  });
});
