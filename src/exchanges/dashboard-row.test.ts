import { describe, expect, it } from "vitest";
import { dashboardRow, exchangeStatus } from "./dashboard-row";
import { dashboardForm as form, dashboardInput } from "../../test/helpers/dashboard-input";

const day = (date: string, fields: Partial<{ hours: number | null; activities: string }> = {}) => ({
  date,
  hours: null,
  activities: "",
  skills: [],
  reflection: "",
  questions: "",
  lastEdit: null,
  ...fields,
});

const input = dashboardInput;

describe("exchangeStatus", () => {
  it("is upcoming, ongoing, finished or cancelled", () => {
    expect(exchangeStatus(form, null, "2026-07-05")).toBe("upcoming");
    expect(exchangeStatus(form, null, "2026-07-06")).toBe("ongoing");
    expect(exchangeStatus(form, null, "2026-08-02")).toBe("ongoing");
    expect(exchangeStatus(form, null, "2026-08-03")).toBe("finished");
    expect(exchangeStatus(form, "withdrew", "2026-07-10")).toBe("cancelled");
  });
});

describe("dashboardRow", () => {
  it("counts logged working days, due and done appraisals, attendance and confirmed weeks", () => {
    const row = dashboardRow(
      input({
        student: {
          cover: {},
          expectations: "",
          days: {
            "2026-07-06": day("2026-07-06", { hours: 8 }),
            "2026-07-07": day("2026-07-07", { activities: "Lab" }),
            "2026-07-08": day("2026-07-08"),
            "2026-07-11": day("2026-07-11", { hours: 2 }), // Saturday
            "2026-09-01": day("2026-09-01", { hours: 8 }), // after the period
          },
          attendance: { "2026-07-06": { status: "present", reason: "" }, "2026-07-07": { status: "absent", reason: "ill" } },
          // Done by the one rule of every screen: the self-assessment is written.
          appraisals: { "mid-exchange": { selfAssessment: "Going well.", expectationsMet: "yes", lastEdit: null }, "end-of-exchange": { selfAssessment: " ", expectationsMet: "yes", lastEdit: null } },
        },
        tutor: {
          projectDescription: "",
          extraSkills: [],
          comments: {},
          attendanceConfirmations: { "1": { confirmed: true, at: 1, note: "" }, "2": { confirmed: false, at: null, note: "" }, "99": { confirmed: true, at: 1, note: "" } },
          appraisals: { "mid-exchange": { assessment: "  ", lastEdit: null } },
        },
      }),
    );
    expect(row).toMatchObject({ status: "ongoing", daysLogged: 2, daysExpected: 20, appraisalsDue: 1, appraisalsDone: 0, weeksConfirmed: 1, weeksStarted: 3 });
    expect(row.appraisals[0]).toEqual({ id: "mid-exchange", dueDate: "2026-07-19", studentDone: true, tutorDone: false });
    expect(row.attendance).toMatchObject({ present: 1, absent: 1, excused: 0, undeclared: 11, upcoming: 7, total: 20 });
    expect(row.signatures).toEqual({ signedBy: [], certificateReady: false });
  });

  it("counts only confirmations keyed the way the tutor's store writes them (\"3\")", () => {
    const confirmed = { confirmed: true, at: 1, note: "" };
    const tutor = (keys: string[]) => ({ ...input({}).tutor, attendanceConfirmations: Object.fromEntries(keys.map((key) => [key, confirmed])) });
    expect(dashboardRow(input({ tutor: tutor(["1", "2"]) })).weeksConfirmed).toBe(2);
    expect(dashboardRow(input({ tutor: tutor(["week-1", "03", " 2", "3.0", "0", "-1", "4 "]) })).weeksConfirmed).toBe(0);
  });

  it("counts neither a week confirmed before its working days have come nor attendance declared ahead", () => {
    const confirmed = { confirmed: true, at: 1, note: "" };
    // Today is Wednesday 2026-07-22, in week 3 (Monday 20 to Sunday 26 July).
    const row = dashboardRow(
      input({
        student: { ...input({}).student, attendance: { "2026-07-22": { status: "present", reason: "" }, "2026-07-23": { status: "present", reason: "" } } },
        tutor: { ...input({}).tutor, attendanceConfirmations: { "2": confirmed, "3": confirmed, "4": confirmed } },
      }),
    );
    expect(row.weeksConfirmed).toBe(1);
    expect(row.attendance).toMatchObject({ present: 1, upcoming: 7 });
  });
});
