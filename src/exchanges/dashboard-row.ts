// One row of the officer's dashboard: where an exchange stands, computed from the student's and
// the tutor's documents with the logbook's own rules. The server computes it (the officer's
// device does not follow every student's documents); the app shows, filters and exports it.
// Pure: the caller hands in plain data read from the documents and today's date.
import type { ExchangeForm, ExchangeKind } from "./exchange-form";
import type { StudentLogbookData } from "../logbook/student-document";
import { weekFromKey, type TutorDocumentData } from "../review/tutor-document";
import { exchangeWeeks, weekOf, weekReadyToConfirm, workingDays } from "../logbook/rules/calendar";
import { appraisalSchedule, appraisalsDone, type AppraisalId } from "../logbook/rules/appraisals";
import { attendanceTotals, isLogged, logbookProgress, ownEntry, type AttendanceTotals } from "../logbook/rules/totals";

export type ExchangeStatus = "upcoming" | "ongoing" | "finished" | "cancelled";
export const exchangeStatuses: readonly ExchangeStatus[] = ["upcoming", "ongoing", "finished", "cancelled"];

/**
 * Who has signed the final evaluation, and whether the certificate exists. Co-signing is not
 * built yet, so the server's lookup answers "nobody, not ready" for every exchange; the type is
 * what the co-signing feature will fill in.
 */
export interface EvaluationSignatures {
  signedBy: ("student" | "tutor")[];
  certificateReady: boolean;
}

export interface AppraisalProgress {
  id: AppraisalId;
  dueDate: string;
  studentDone: boolean;
  tutorDone: boolean;
}

export interface DashboardRow {
  exchangeId: string;
  kind: ExchangeKind;
  projectTitle: string;
  studentName: string;
  tutorName: string;
  tutorEmail: string;
  contactName: string;
  contactEmail: string;
  homeNmo: string;
  homeCountry: string;
  startDate: string;
  endDate: string;
  status: ExchangeStatus;
  cancelledReason: string | null;
  /** Working days with a logged entry, and all working days of the period. */
  daysLogged: number;
  daysExpected: number;
  /** Latest time an update of any of the exchange's documents was stored, or null. */
  lastSyncAt: number | null;
  /** Appraisals whose due date has come, and of those, the ones both student and tutor filled in. */
  appraisalsDue: number;
  appraisalsDone: number;
  appraisals: AppraisalProgress[];
  attendance: AttendanceTotals;
  /** Exchange weeks the tutor confirmed, out of the weeks that have begun. */
  weeksConfirmed: number;
  weeksStarted: number;
  signatures: EvaluationSignatures;
  joined: { student: boolean; tutor: boolean; contact: boolean };
  /** Working days before today, counted back from yesterday, with neither an entry nor a declared absence. */
  quietWorkingDays: number;
  /** The contact person's arrival checklist for this student: items ticked, of all items. */
  checklist: { done: number; total: number };
}

/** An exchange the server could not summarise this time, and why. */
export interface DashboardProblem {
  exchangeId: string;
  projectTitle: string;
  /** "document-unreadable", or "document-busy" (a large document still being read: ask again). */
  error: string;
  message: string;
}

export interface DashboardSummary {
  generatedAt: number;
  today: string;
  rows: DashboardRow[];
  /** Present when some exchanges have no row. */
  problems?: DashboardProblem[];
}

export interface DashboardInput {
  exchangeId: string;
  form: ExchangeForm;
  cancelledReason: string | null;
  student: StudentLogbookData;
  tutor: TutorDocumentData;
  lastSyncAt: number | null;
  signatures: EvaluationSignatures;
  joined: DashboardRow["joined"];
  checklist: DashboardRow["checklist"];
  today: string;
}

export function exchangeStatus(form: Pick<ExchangeForm, "startDate" | "endDate">, cancelledReason: string | null, today: string): ExchangeStatus {
  if (cancelledReason !== null) return "cancelled";
  if (today < form.startDate) return "upcoming";
  return today > form.endDate ? "finished" : "ongoing";
}

const hasText = (value: string) => value.trim() !== "";
// Confirmations are keyed as the tutor's store writes them (weekKey: "3"); any other key never counts.
const weekNumber = (key: string) => weekFromKey(key) ?? Infinity;

/**
 * How many working days in a row, up to yesterday, have no logged entry and no absence or
 * excuse declared: today does not count yet (the student may write in the evening), and a day
 * the student said they were away is not a silent day.
 */
export function quietWorkingDays(student: Pick<StudentLogbookData, "days" | "attendance">, days: readonly string[], today: string): number {
  const logged = new Set(Object.values(student.days).filter(isLogged).map((entry) => entry.date));
  let quiet = 0;
  for (const date of [...days].reverse()) {
    if (date >= today) continue;
    const status = ownEntry(student.attendance, date)?.status;
    if (logged.has(date) || status === "absent" || status === "excused") break;
    quiet += 1;
  }
  return quiet;
}

export function dashboardRow(input: DashboardInput): DashboardRow {
  const { form, student, tutor, today } = input;
  const days = workingDays(form.startDate, form.endDate);
  const progress = logbookProgress(Object.values(student.days), days, form.startDate, form.endDate);
  const studentDone = appraisalsDone(student.appraisals);
  const appraisals = appraisalSchedule(form.startDate, form.endDate).map((appraisal) => {
    return {
      id: appraisal.id,
      dueDate: appraisal.dueDate,
      studentDone: studentDone.has(appraisal.id),
      tutorDone: hasText(tutor.appraisals[appraisal.id]?.assessment ?? ""),
    };
  });
  const due = appraisals.filter((a) => a.dueDate <= today);
  const weeks = exchangeWeeks(form.startDate, form.endDate);
  const weeksStarted = Math.min(weeks, weekOf(today, form.startDate) ?? 0);
  return {
    exchangeId: input.exchangeId,
    kind: form.kind,
    projectTitle: form.projectTitle,
    studentName: form.student.name,
    tutorName: form.tutor.name,
    tutorEmail: form.tutor.email,
    contactName: form.contact.name,
    contactEmail: form.contact.email,
    homeNmo: form.student.homeNmo,
    homeCountry: form.student.homeCountry,
    startDate: form.startDate,
    endDate: form.endDate,
    status: exchangeStatus(form, input.cancelledReason, today),
    cancelledReason: input.cancelledReason,
    daysLogged: progress.loggedWorkingDays,
    daysExpected: progress.expectedDays,
    lastSyncAt: input.lastSyncAt,
    appraisalsDue: due.length,
    appraisalsDone: due.filter((a) => a.studentDone && a.tutorDone).length,
    appraisals,
    attendance: attendanceTotals(student.attendance, days, today),
    // A confirmation of a week whose days have not all come confirms nothing yet.
    weeksConfirmed: Object.entries(tutor.attendanceConfirmations).filter(
      ([week, entry]) => entry.confirmed && weekNumber(week) <= weeks && weekReadyToConfirm(weekNumber(week), form.startDate, form.endDate, days, today),
    ).length,
    weeksStarted,
    signatures: input.signatures,
    joined: input.joined,
    quietWorkingDays: quietWorkingDays(student, days, today),
    checklist: input.checklist,
  };
}
