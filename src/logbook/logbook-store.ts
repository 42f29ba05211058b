// The student's own document as typed verbs for the student's screens. Reads come from a Solid
// store kept in step with the Yjs document; every write is one transaction that also stamps who
// edited and when, so the tutor can see "changed by Sam on the phone, 18:02".
import type { Accessor } from "solid-js";
import type { Store } from "solid-js/store";
import { useProjectedDocument } from "../sync/projected-document";
import type * as Y from "yjs";
import { useServices } from "../app/services";
import { localEdit, transactReporting } from "../sync/origins";
import { classifyStorageError } from "../sync/local-write-errors";
import { replaceText } from "../sync/y-text-edit";
import { requestPersistenceOnce } from "../settings/storage-persistence";
import { describeDevice } from "../session/device-name";
import { editorFor } from "./device-tag-store";
import { writeStamp } from "./edit-stamp";
import type { SessionRecord } from "../db/schema";
import {
  emptyStudentLogbook,
  readStudentLogbook,
  studentRoots,
  type AttendanceStatus,
  type DayTextField,
  type ExpectationsMet,
  type StudentLogbookData,
} from "./student-document";

export interface StudentLogbookStore {
  loaded: Accessor<boolean>;
  data: Store<StudentLogbookData>;
  setExpectations(text: string): void;
  setCoverField(field: string, value: string): void;
  setDayText(date: string, field: DayTextField, text: string): void;
  setDayHours(date: string, hours: number | null): void;
  setSkill(date: string, skillId: string, practised: boolean): void;
  declareAttendance(date: string, status: AttendanceStatus | null): void;
  setAttendanceReason(date: string, text: string): void;
  setSelfAssessment(appraisalId: string, text: string): void;
  setExpectationsMet(appraisalId: string, value: ExpectationsMet): void;
}

export const studentDocumentName = (exchangeId: string) => `exchange/${exchangeId}/student`;

export function useStudentLogbook(session: Pick<SessionRecord, "exchangeId" | "personId" | "name">): StudentLogbookStore {
  const { db, reportLocalWriteFailure } = useServices();
  const projected = useProjectedDocument(studentDocumentName(session.exchangeId ?? ""), readStudentLogbook, emptyStudentLogbook());

  const origin = localEdit(session.personId);
  const editor = editorFor(db, `${session.name} · ${describeDevice()}`, session.personId);
  const stamp = (map: Y.Map<unknown>) => writeStamp(map, editor, Date.now());
  const write = (change: (doc: Y.Doc) => void) => {
    projected.write((doc) => transactReporting(doc, origin, () => change(doc), (error) => reportLocalWriteFailure(classifyStorageError(error))));
    void requestPersistenceOnce(db);
  };
  const editText = (name: string, text: string, stampOn?: (doc: Y.Doc) => Y.Map<unknown>) =>
    write((doc) => {
      replaceText(doc.getText(name), text, origin);
      if (stampOn) stamp(stampOn(doc));
    });

  return {
    loaded: projected.loaded,
    data: projected.data,
    setExpectations: (text) => editText(studentRoots.expectations, text),
    setCoverField: (field, value) => write((doc) => doc.getMap(studentRoots.cover).set(field, value)),
    setDayText: (date, field, text) => editText(studentRoots.dayText(date, field), text, (doc) => doc.getMap(studentRoots.day(date))),
    setDayHours: (date, hours) =>
      write((doc) => {
        const day = doc.getMap<unknown>(studentRoots.day(date));
        if (hours === null) day.delete("hours");
        else day.set("hours", hours);
        stamp(day);
      }),
    setSkill: (date, skillId, practised) =>
      write((doc) => {
        const day = doc.getMap<unknown>(studentRoots.day(date));
        day.set(`skill:${skillId}`, practised);
        stamp(day);
      }),
    declareAttendance: (date, status) =>
      write((doc) => {
        const attendance = doc.getMap<unknown>(studentRoots.attendance);
        if (status === null) attendance.delete(date);
        else attendance.set(date, status);
      }),
    setAttendanceReason: (date, text) => editText(studentRoots.attendanceReason(date), text),
    setSelfAssessment: (id, text) => editText(studentRoots.appraisalText(id), text, (doc) => doc.getMap(studentRoots.appraisal(id))),
    setExpectationsMet: (id, value) =>
      write((doc) => {
        const appraisal = doc.getMap<unknown>(studentRoots.appraisal(id));
        appraisal.set("expectationsMet", value);
        stamp(appraisal);
      }),
  };
}
