// "Download my data" (GDPR Articles 15 and 20): everything this device holds about the student,
// in a machine-readable form. It includes what the tutor wrote about them, since that is
// personal data about the student too.
import type { SessionRecord } from "../db/schema";
import type { StudentLogbookData } from "./student-document";
import type { TutorDocumentData } from "../review/tutor-document";

export interface PersonalDataExport {
  format: "academic-quality-logbook/personal-data";
  version: 1;
  exportedAt: string;
  person: { name: string; role: string };
  exchange: SessionRecord["exchange"] | null;
  logbook: StudentLogbookData;
  fromTutor: TutorDocumentData | null;
}

export function buildPersonalDataExport(
  session: Pick<SessionRecord, "name" | "role" | "exchange">,
  logbook: StudentLogbookData,
  tutor: TutorDocumentData | null,
  now: Date = new Date(),
): PersonalDataExport {
  return {
    format: "academic-quality-logbook/personal-data",
    version: 1,
    exportedAt: now.toISOString(),
    person: { name: session.name, role: session.role },
    exchange: session.exchange ?? null,
    // A deep copy: the logbook is a live Solid store, and a download must be a snapshot.
    logbook: structuredClone(JSON.parse(JSON.stringify(logbook))) as StudentLogbookData,
    fromTutor: tutor,
  };
}
