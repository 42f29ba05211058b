import { describe, expect, it } from "vitest";
import { dashboardRow, quietWorkingDays, type DashboardInput } from "./dashboard-row";
import { attentionReasons, evaluationState } from "./dashboard-attention";
import { dashboardForm as form, dashboardInput } from "../../test/helpers/dashboard-input";
import { workingDays } from "../logbook/rules/calendar";

const entry = (date: string) => ({ date, hours: 7, activities: "Ward round", skills: [], reflection: "", questions: "", lastEdit: null });
const everyone = { student: true, tutor: true, contact: true };

const row = (fields: Partial<DashboardInput>) => dashboardRow(dashboardInput({ joined: everyone, today: "2026-07-15", ...fields }));

describe("quiet working days", () => {
  const days = workingDays(form.startDate, form.endDate);
  it("counts working days back from yesterday until a logged day, skipping the weekend and today", () => {
    // Logged Thursday 9 July; today Wednesday 15 July: Fri 10, Mon 13, Tue 14 are quiet.
    expect(quietWorkingDays({ days: { "2026-07-09": entry("2026-07-09") }, attendance: {} }, days, "2026-07-15")).toBe(3);
  });
  it("stops at a declared absence or excuse: a day the student said they were away is not silent", () => {
    expect(quietWorkingDays({ days: {}, attendance: { "2026-07-13": { status: "excused", reason: "Fever" } } }, days, "2026-07-15")).toBe(1);
  });
  it("counts nothing before the exchange starts", () => {
    expect(quietWorkingDays({ days: {}, attendance: {} }, days, "2026-07-01")).toBe(0);
  });
});

describe("what needs the officer", () => {
  it("a week before arrival, names who has not joined", () => {
    expect(attentionReasons(row({ today: "2026-06-28", joined: { student: false, tutor: true, contact: false } }), "2026-06-28")).toEqual([]);
    expect(attentionReasons(row({ today: "2026-06-29", joined: { student: false, tutor: true, contact: false } }), "2026-06-29")).toEqual([{ kind: "notJoined", who: ["student", "contact"] }]);
  });

  it("no entry for three working days while the exchange runs", () => {
    expect(attentionReasons(row({ today: "2026-07-08" }), "2026-07-08")).toEqual([]);
    expect(attentionReasons(row({ today: "2026-07-09" }), "2026-07-09")).toEqual([{ kind: "quiet", days: 3 }]);
  });

  it("an appraisal past its due date that student or tutor has not filled in", () => {
    const today = "2026-07-21"; // the mid-exchange appraisal of a 28-day exchange is due on day 14, 19 July
    const days = Object.fromEntries(workingDays(form.startDate, "2026-07-20").map((date) => [date, entry(date)]));
    const reasons = attentionReasons(row({ today, student: { cover: {}, expectations: "", days, attendance: {}, appraisals: {} } }), today);
    expect(reasons).toEqual([{ kind: "appraisalOverdue", count: 1 }]);
  });

  it("an evaluation not sealed after the last day, and nothing at all for a cancelled exchange", () => {
    const today = "2026-08-03";
    const finished = row({ today, signatures: { signedBy: ["student"], certificateReady: false } });
    expect(evaluationState(finished)).toBe("signedByOne");
    expect(attentionReasons(finished, today)).toContainEqual({ kind: "evaluationUnsigned" });
    const sealed = row({ today, signatures: { signedBy: ["student", "tutor"], certificateReady: true } });
    expect(evaluationState(sealed)).toBe("sealed");
    expect(attentionReasons(sealed, today)).not.toContainEqual({ kind: "evaluationUnsigned" });
    expect(attentionReasons(row({ today, cancelledReason: "Visa refused", joined: { student: false, tutor: false, contact: false } }), today)).toEqual([]);
  });
});
