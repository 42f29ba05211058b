// A student's application to a published offer: who they are, a motivation letter (text or a
// PDF) and a CV as a PDF. Files are checked by content (the `%PDF-` magic), never by name, and
// must be at most 4 MB. Shared by the public form and the server.
export interface ApplicationFields {
  name: string;
  email: string;
  university: string;
  levelOfStudies: string;
  homeNmo: string;
  homeCountry: string;
  letterText: string;
}

export type ApplicationFileKind = "letter" | "cv";
export const applicationFileKinds: readonly ApplicationFileKind[] = ["letter", "cv"];

export const maxPdfBytes = 4 * 1024 * 1024;
export const applicationTextLimits: Record<keyof ApplicationFields, number> = {
  name: 200,
  email: 254,
  university: 200,
  levelOfStudies: 100,
  homeNmo: 100,
  homeCountry: 100,
  letterText: 20_000,
};

export type ApplicationProblem = "required" | "tooLong" | "email" | "notPdf" | "tooLarge" | "letterMissing";
export type ApplicationProblems = Record<string, ApplicationProblem>;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** Whether the bytes are a PDF by content, and small enough. */
export function checkPdf(bytes: Uint8Array): "ok" | "notPdf" | "tooLarge" {
  if (bytes.length > maxPdfBytes) return "tooLarge";
  return pdfMagic.every((byte, index) => bytes[index] === byte) ? "ok" : "notPdf";
}

/** The same e-mail written twice differently is still one applicant. */
export const emailKey = (email: string) => email.trim().toLowerCase();

export function validateApplicationFields(input: unknown, hasLetterFile: boolean): { ok: true; fields: ApplicationFields } | { ok: false; problems: ApplicationProblems } {
  const raw = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const text = (key: keyof ApplicationFields) => (typeof raw[key] === "string" ? (raw[key] as string).trim() : "");
  const fields: ApplicationFields = {
    name: text("name"),
    email: text("email"),
    university: text("university"),
    levelOfStudies: text("levelOfStudies"),
    homeNmo: text("homeNmo"),
    homeCountry: text("homeCountry"),
    letterText: text("letterText"),
  };
  const problems: ApplicationProblems = {};
  for (const key of Object.keys(applicationTextLimits) as (keyof ApplicationFields)[]) {
    if (fields[key].length > applicationTextLimits[key]) problems[key] = "tooLong";
    else if (!fields[key] && key !== "letterText") problems[key] = "required";
  }
  if (!problems.email && !emailPattern.test(fields.email)) problems.email = "email";
  if (!fields.letterText && !hasLetterFile && !problems.letterText) problems.letterText = "letterMissing";
  return Object.keys(problems).length === 0 ? { ok: true, fields } : { ok: false, problems };
}
