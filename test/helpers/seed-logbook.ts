// Writes an exchange's documents the way the people's devices do (a stock y-websocket client
// with each person's own token) and waits until the server has them on disk, so a browser test
// can start from a logbook that is already filled in.
import * as Y from "yjs";
import { studentRoots, type AttendanceStatus, type DayTextField, type ExpectationsMet } from "../../src/logbook/student-document";
import { tutorRoots } from "../../src/review/tutor-document";
import { finalPartRoots, studentFeedbackSpec, tutorEvaluationSpec, type FinalPartSpec } from "../../src/evaluation/final-parts";
import { covers, durableObserver, stockClient, waitFor } from "./clients";

/** Connects as `token`, runs `write` in one transaction, and resolves once the server has committed it. */
export async function writeDocument(baseUrl: string, name: string, token: string, write: (doc: Y.Doc) => void): Promise<void> {
  const wsUrl = baseUrl.replace(/^http/, "ws");
  const { doc, provider } = stockClient(wsUrl, name, token);
  try {
    await waitFor(() => provider.synced, 15_000, `sync of ${name}`);
    doc.transact(() => write(doc));
    const observer = await durableObserver(wsUrl, name, token);
    try {
      await waitFor(() => covers(observer.state.latest, doc), 15_000, `durable ${name}`);
    } finally {
      observer.close();
    }
  } finally {
    provider.destroy();
  }
}

const setText = (doc: Y.Doc, name: string, text: string) => {
  const target = doc.getText(name);
  target.delete(0, target.length);
  target.insert(0, text);
};

export interface SeedDay {
  date: string;
  hours?: number;
  texts?: Partial<Record<DayTextField, string>>;
  skills?: string[];
}

export interface StudentSeed {
  expectations?: string;
  cover?: Record<string, string>;
  days?: SeedDay[];
  attendance?: { date: string; status: AttendanceStatus; reason?: string }[];
  appraisals?: { id: string; self: string; met?: ExpectationsMet }[];
}

export function writeStudentLogbook(doc: Y.Doc, seed: StudentSeed, editedBy = "Sam Student · Android phone"): void {
  if (seed.expectations !== undefined) setText(doc, studentRoots.expectations, seed.expectations);
  for (const [key, value] of Object.entries(seed.cover ?? {})) doc.getMap(studentRoots.cover).set(key, value);
  for (const day of seed.days ?? []) {
    const map = doc.getMap<unknown>(studentRoots.day(day.date));
    if (day.hours !== undefined) map.set("hours", day.hours);
    for (const skill of day.skills ?? []) map.set(`skill:${skill}`, true);
    for (const [field, text] of Object.entries(day.texts ?? {})) setText(doc, studentRoots.dayText(day.date, field as DayTextField), text);
    map.set("editedAt", Date.UTC(2026, 0, 1));
    map.set("editedBy", editedBy);
  }
  for (const entry of seed.attendance ?? []) {
    doc.getMap(studentRoots.attendance).set(entry.date, entry.status);
    if (entry.reason) setText(doc, studentRoots.attendanceReason(entry.date), entry.reason);
  }
  for (const appraisal of seed.appraisals ?? []) {
    setText(doc, studentRoots.appraisalText(appraisal.id), appraisal.self);
    const map = doc.getMap<unknown>(studentRoots.appraisal(appraisal.id));
    if (appraisal.met) map.set("expectationsMet", appraisal.met);
    map.set("editedAt", Date.UTC(2026, 0, 1));
    map.set("editedBy", editedBy);
  }
}

export interface TutorSeed {
  comments?: Record<string, string>;
  confirmedWeeks?: { week: number; note?: string }[];
  appraisals?: Record<string, string>;
}

export function writeTutorDocument(doc: Y.Doc, seed: TutorSeed): void {
  for (const [date, text] of Object.entries(seed.comments ?? {})) setText(doc, tutorRoots.comment(date), text);
  for (const { week, note } of seed.confirmedWeeks ?? []) {
    doc.getMap(tutorRoots.attendanceConfirmations).set(String(week), { confirmed: true, at: Date.UTC(2026, 0, 1), note: note ?? "" });
  }
  for (const [id, text] of Object.entries(seed.appraisals ?? {})) {
    setText(doc, tutorRoots.appraisalText(id), text);
    doc.getMap<unknown>(tutorRoots.appraisal(id)).set("editedAt", Date.UTC(2026, 0, 1));
  }
}

/** A complete part of the final evaluation: every criterion rated `rating`, the answers given. */
export function writeFinalPart(doc: Y.Doc, spec: FinalPartSpec, rating: number, texts: Record<string, string>): void {
  for (const criterion of spec.criteria) doc.getMap(finalPartRoots.ratings).set(criterion, rating);
  for (const [field, text] of Object.entries(texts)) setText(doc, finalPartRoots.text(field), text);
}

export const finalSpecs = { student: studentFeedbackSpec, tutor: tutorEvaluationSpec };
