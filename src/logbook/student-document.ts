// The shape of the student's own document (`exchange/<id>/student`), written only by the
// student, usually on a phone and often on two devices offline.
//
// Every day, appraisal and free text lives in its own ROOT-level type named after it
// (`day:2026-07-01`, `day:2026-07-01:reflection`). Root types are merged by name, so two devices
// that both start the same day offline end up with one day holding both edits. A nested Y.Map or
// Y.Text created under the same key on two devices would instead be a conflict that Yjs resolves
// by keeping one of them, silently dropping the other device's words.
import * as Y from "yjs";
import { readStamp } from "./edit-stamp";

export type AttendanceStatus = "present" | "absent" | "excused";
export type ExpectationsMet = "yes" | "partly" | "no";
export type DayTextField = "activities" | "reflection" | "questions";
export const dayTextFields: readonly DayTextField[] = ["activities", "reflection", "questions"];

export const studentRoots = {
  cover: "cover",
  expectations: "expectations",
  attendance: "attendance",
  day: (date: string) => `day:${date}`,
  dayText: (date: string, field: DayTextField) => `day:${date}:${field}`,
  attendanceReason: (date: string) => `attendance:${date}:reason`,
  appraisal: (id: string) => `appraisal:${id}`,
  appraisalText: (id: string) => `appraisal:${id}:self`,
} as const;

export interface LastEdit {
  at: number;
  /** The name and device to show others: "Sam Student · Android phone". */
  by: string;
  /** Who and which device (a tag), on stamps that record them (src/logbook/edit-stamp.ts). */
  personId?: string;
  device?: string;
}

export interface DayEntryData {
  date: string;
  hours: number | null;
  activities: string;
  skills: string[];
  reflection: string;
  questions: string;
  lastEdit: LastEdit | null;
}

export interface AttendanceData {
  status: AttendanceStatus;
  reason: string;
}

export interface SelfAppraisalData {
  selfAssessment: string;
  expectationsMet: ExpectationsMet | null;
  lastEdit: LastEdit | null;
}

export interface StudentLogbookData {
  cover: Record<string, string>;
  expectations: string;
  days: Record<string, DayEntryData>;
  attendance: Record<string, AttendanceData>;
  appraisals: Record<string, SelfAppraisalData>;
}

export const emptyStudentLogbook = (): StudentLogbookData => ({ cover: {}, expectations: "", days: {}, attendance: {}, appraisals: {} });

const dayRoot = /^day:(\d{4}-\d{2}-\d{2})$/;
const appraisalRoot = /^appraisal:([a-z0-9-]+)$/;
const statuses: readonly string[] = ["present", "absent", "excused"];
const metValues: readonly string[] = ["yes", "partly", "no"];


function readDay(doc: Y.Doc, date: string): DayEntryData {
  const day = doc.getMap<unknown>(studentRoots.day(date));
  const hours = day.get("hours");
  const skills: string[] = [];
  for (const [key, value] of day.entries()) if (key.startsWith("skill:") && value === true) skills.push(key.slice(6));
  return {
    date,
    hours: typeof hours === "number" && Number.isFinite(hours) ? hours : null,
    activities: doc.getText(studentRoots.dayText(date, "activities")).toString(),
    skills: skills.sort(),
    reflection: doc.getText(studentRoots.dayText(date, "reflection")).toString(),
    questions: doc.getText(studentRoots.dayText(date, "questions")).toString(),
    lastEdit: readStamp(day),
  };
}

/** Names of the root types present, whether or not this device has opened them yet. */
function rootNames(doc: Y.Doc): string[] {
  return [...doc.share.keys()];
}

export function readStudentLogbook(doc: Y.Doc): StudentLogbookData {
  const cover: Record<string, string> = {};
  for (const [key, value] of doc.getMap<unknown>(studentRoots.cover).entries()) if (typeof value === "string") cover[key] = value;
  const days: Record<string, DayEntryData> = {};
  const appraisals: Record<string, SelfAppraisalData> = {};
  for (const name of rootNames(doc)) {
    const day = dayRoot.exec(name)?.[1];
    if (day) days[day] = readDay(doc, day);
    const appraisal = appraisalRoot.exec(name)?.[1];
    if (appraisal) {
      const map = doc.getMap<unknown>(name);
      const met = map.get("expectationsMet");
      appraisals[appraisal] = {
        selfAssessment: doc.getText(studentRoots.appraisalText(appraisal)).toString(),
        expectationsMet: typeof met === "string" && metValues.includes(met) ? (met as ExpectationsMet) : null,
        lastEdit: readStamp(map),
      };
    }
  }
  const attendance: Record<string, AttendanceData> = {};
  for (const [date, status] of doc.getMap<unknown>(studentRoots.attendance).entries()) {
    if (typeof status !== "string" || !statuses.includes(status)) continue;
    attendance[date] = { status: status as AttendanceStatus, reason: doc.getText(studentRoots.attendanceReason(date)).toString() };
  }
  return { cover, expectations: doc.getText(studentRoots.expectations).toString(), days, attendance, appraisals };
}
