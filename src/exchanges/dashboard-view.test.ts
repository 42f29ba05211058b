import { describe, expect, it } from "vitest";
import type { DashboardRow } from "./dashboard-row";
import { completeRow, dashboardCsv, filterRows, monthsOf, sortRows } from "./dashboard-view";

function row(fields: Partial<DashboardRow>): DashboardRow {
  return {
    exchangeId: "x",
    kind: "research",
    projectTitle: "P",
    studentName: "S",
    tutorName: "T",
    tutorEmail: "t@example.org",
    contactName: "C",
    contactEmail: "c@example.org",
    homeNmo: "IFMSA-Québec",
    homeCountry: "Canada",
    startDate: "2026-07-01",
    endDate: "2026-07-28",
    status: "ongoing",
    cancelledReason: null,
    daysLogged: 0,
    daysExpected: 20,
    lastSyncAt: null,
    appraisalsDue: 0,
    appraisalsDone: 0,
    appraisals: [],
    attendance: { present: 0, absent: 0, excused: 0, undeclared: 0, upcoming: 20, total: 20 },
    weeksConfirmed: 0,
    weeksStarted: 0,
    signatures: { signedBy: [], certificateReady: false },
    joined: { student: true, tutor: true, contact: true },
    quietWorkingDays: 0,
    checklist: { done: 2, total: 6 },
    ...fields,
  };
}

const rows = [
  row({ exchangeId: "a", studentName: "Zoë", startDate: "2026-06-20", endDate: "2026-07-20", kind: "professional", daysLogged: 10, lastSyncAt: 300 }),
  row({ exchangeId: "b", studentName: "Ana", startDate: "2026-07-15", endDate: "2026-09-08", status: "upcoming", daysLogged: 0, daysExpected: 40 }),
  row({ exchangeId: "c", studentName: "Bo", startDate: "2026-05-01", endDate: "2026-05-28", status: "cancelled", cancelledReason: "Visa, refused", daysLogged: 5, lastSyncAt: 100 }),
];
const ids = (list: DashboardRow[]) => list.map((r) => r.exchangeId);

describe("dashboard filters and sorting", () => {
  it("filters by month (any day of the exchange in it), kind and status", () => {
    expect(ids(filterRows(rows, { month: "2026-07", kind: "", status: "" }))).toEqual(["a", "b"]);
    expect(ids(filterRows(rows, { month: "2026-08", kind: "", status: "" }))).toEqual(["b"]);
    expect(ids(filterRows(rows, { month: "", kind: "professional", status: "" }))).toEqual(["a"]);
    expect(ids(filterRows(rows, { month: "", kind: "", status: "cancelled" }))).toEqual(["c"]);
    expect(ids(filterRows(rows, { month: "2026-07", kind: "research", status: "" }))).toEqual(["b"]);
  });

  it("lists the months the exchanges touch, across a year end too", () => {
    expect(monthsOf(rows)).toEqual(["2026-05", "2026-06", "2026-07", "2026-08", "2026-09"]);
    expect(monthsOf([row({ startDate: "2026-12-10", endDate: "2027-01-20" })])).toEqual(["2026-12", "2027-01"]);
  });

  it("sorts by each column, both ways", () => {
    expect(ids(sortRows(rows, { key: "student", descending: false }))).toEqual(["b", "c", "a"]);
    expect(ids(sortRows(rows, { key: "start", descending: true }))).toEqual(["b", "a", "c"]);
    expect(ids(sortRows(rows, { key: "progress", descending: true }))).toEqual(["a", "c", "b"]);
    expect(ids(sortRows(rows, { key: "lastSync", descending: false }))).toEqual(["b", "c", "a"]);
    expect(ids(sortRows(rows, { key: "status", descending: false }))).toEqual(["b", "a", "c"]);
  });
});

describe("needs-attention order", () => {
  const today = "2026-07-22";
  it("puts exchanges that need the officer first, the most reasons first, then by start date", () => {
    const list = [
      row({ exchangeId: "fine", startDate: "2026-07-01", endDate: "2026-07-28" }),
      row({ exchangeId: "quiet", startDate: "2026-07-06", endDate: "2026-08-02", quietWorkingDays: 4 }),
      row({ exchangeId: "two", startDate: "2026-07-10", endDate: "2026-08-06", quietWorkingDays: 3, joined: { student: true, tutor: false, contact: true } }),
      row({ exchangeId: "cancelled", status: "cancelled", cancelledReason: "Visa", quietWorkingDays: 9 }),
    ];
    expect(ids(sortRows(list, { key: "attention", descending: false }, today))).toEqual(["two", "quiet", "fine", "cancelled"]);
    expect(ids(sortRows(list, { key: "attention", descending: true }, today)).slice(-2)).toEqual(["quiet", "two"]);
  });

  it("keeps the rows of a summary kept from an older server readable", () => {
    const old = { ...row({}) } as Partial<DashboardRow>;
    delete old.checklist;
    delete old.quietWorkingDays;
    delete old.tutorEmail;
    const complete = completeRow(old as DashboardRow);
    expect(complete.checklist).toEqual({ done: 0, total: 0 });
    expect(complete.quietWorkingDays).toBe(0);
    expect(complete.tutorEmail).toBe("");
  });
});

describe("dashboard CSV", () => {
  it("has a header and one quoted-where-needed line per row", () => {
    const csv = dashboardCsv([rows[2]!], {
      headers: ["Student", "Project", "Kind", "Start", "End", "Status", "Logged", "Expected", "Sync", "Due", "Done", "P", "A", "E", "U", "W", "Signed", "Cert", "Reason"],
      status: (s) => s.toUpperCase(),
      kind: (k) => k,
      signer: (w) => w,
      yes: "yes",
      no: "no",
      attention: (reason) => reason.kind,
      today: "2026-06-01",
    });
    const [header, line, end] = csv.split("\r\n");
    expect(header).toBe("Student,Project,Kind,Start,End,Status,Logged,Expected,Sync,Due,Done,P,A,E,U,W,Signed,Cert,Reason");
    expect(line).toBe('Bo,P,research,2026-05-01,2026-05-28,CANCELLED,5,20,1970-01-01T00:00:00.100Z,0,0,0,0,0,0,0,,no,"Visa, refused",T,t@example.org,C,c@example.org,IFMSA-Québec,Canada,2,6,');
    expect(end).toBe("");
  });
});
