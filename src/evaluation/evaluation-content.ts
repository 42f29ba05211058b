// The content both people sign: both parts of the final evaluation, the attendance totals, the
// hours logged and the exchange's identity. Student, tutor and server each build it from their own copy of the
// documents with this one function, so the same documents always give the same bytes to hash.
import type { SessionExchange } from "../db/schema";
import type { StudentLogbookData } from "../logbook/student-document";
import { attendanceTotals, hoursOverPeriod } from "../logbook/rules/totals";
import { workingDays } from "../logbook/rules/calendar";
import { missingInPart, studentFeedbackSpec, tutorEvaluationSpec, type FinalPartData } from "./final-parts";

/** The exchange as its people know it (the devices keep it with the session, from /api/me). */
export type ExchangeIdentity = SessionExchange;

export interface EvaluationContent {
  format: "aql-evaluation/2";
  exchange: ExchangeIdentity;
  attendance: { workingDays: number; present: number; absent: number; excused: number; undeclared: number };
  /** Hours logged on the days of the exchange, as the certificate states them. */
  hours: number;
  student: FinalPartData;
  tutor: FinalPartData;
}

export interface EvaluationSources {
  exchange: ExchangeIdentity;
  logbook: Pick<StudentLogbookData, "attendance" | "days">;
  student: FinalPartData;
  tutor: FinalPartData;
}

/** Only the identity fields, in case the caller passes a richer record. */
export function exchangeIdentity(exchange: ExchangeIdentity): ExchangeIdentity {
  const { id, kind, projectTitle, studentName, tutorName, startDate, endDate } = exchange;
  return { id, kind, projectTitle, studentName, tutorName, startDate, endDate };
}

export function evaluationContent(sources: EvaluationSources): EvaluationContent {
  const { exchange } = sources;
  // Counted as of the last day, whatever the day of signing, so that the date on the signer's
  // clock never changes the content.
  const totals = attendanceTotals(sources.logbook.attendance, workingDays(exchange.startDate, exchange.endDate), exchange.endDate);
  return {
    format: "aql-evaluation/2",
    exchange: exchangeIdentity(exchange),
    attendance: { workingDays: totals.total, present: totals.present, absent: totals.absent, excused: totals.excused, undeclared: totals.undeclared },
    hours: hoursOverPeriod(Object.values(sources.logbook.days), exchange.startDate, exchange.endDate),
    student: { ratings: { ...sources.student.ratings }, texts: { ...sources.student.texts } },
    tutor: { ratings: { ...sources.tutor.ratings }, texts: { ...sources.tutor.texts } },
  };
}

/** Which parts still lack something; both must be complete before anyone signs. */
export function missingParts(content: EvaluationContent): { student: string[]; tutor: string[] } {
  return { student: missingInPart(content.student, studentFeedbackSpec), tutor: missingInPart(content.tutor, tutorEvaluationSpec) };
}
