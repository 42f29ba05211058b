// One application as it arrives, from the public form or typed in by the officer: fields within
// their limits, files PDF by content and at most 4 MB each, one per e-mail per offer. Every
// check runs before anything is stored, so a refused application leaves nothing behind.
import type { ApiContext } from "../api/context";
import { HttpError, readJson } from "../api/json";
import { createId, createToken, hashToken } from "../auth/tokens";
import { DuplicateApplication, type StoredApplication, type StoredOffer } from "./offer-store";
import { applicationFileKinds, checkPdf, emailKey, maxPdfBytes, validateApplicationFields, type ApplicationFileKind } from "../../../src/offers/application-form";

function decodeFile(value: unknown, kind: ApplicationFileKind): Uint8Array | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) throw new HttpError(400, "bad-file", `The ${kind} file could not be read. Choose the file again.`, { field: kind });
  const bytes = new Uint8Array(Buffer.from(value, "base64"));
  const check = checkPdf(bytes);
  if (check === "tooLarge") throw new HttpError(413, "file-too-large", `The ${kind === "cv" ? "CV" : "motivation letter"} is larger than ${maxPdfBytes / 1024 / 1024} MB.`, { field: kind });
  if (check === "notPdf") throw new HttpError(415, "not-pdf", `The ${kind === "cv" ? "CV" : "motivation letter"} is not a PDF file, whatever its name says. Save it as PDF and choose it again.`, { field: kind });
  return bytes;
}

export async function receiveApplication(context: ApiContext, offer: StoredOffer, enteredBy: "applicant" | "officer"): Promise<{ application: StoredApplication; token: string | null }> {
  const body = await readJson(context.request, context.limits.maxApplicationBodyBytes);
  const files: Partial<Record<ApplicationFileKind, Uint8Array>> = {};
  for (const kind of applicationFileKinds) {
    const bytes = decodeFile(body[`${kind}Pdf`], kind);
    if (bytes) files[kind] = bytes;
  }
  const checked = validateApplicationFields(body, files.letter !== undefined);
  if (!checked.ok) throw new HttpError(400, "invalid-application", "Some fields need attention.", { fields: checked.problems });
  if (enteredBy === "applicant" && !files.cv) throw new HttpError(400, "invalid-application", "Some fields need attention.", { fields: { cv: "required" } });
  const token = enteredBy === "applicant" ? createToken() : null;
  const application: StoredApplication = {
    id: createId(),
    offerId: offer.id,
    fields: checked.fields,
    files: applicationFileKinds.filter((kind) => files[kind] !== undefined),
    enteredBy,
    call: null,
    createdAt: Date.now(),
  };
  try {
    await context.offers.addApplication(application, emailKey(checked.fields.email), token ? hashToken(token) : null, files);
  } catch (error) {
    if (error instanceof DuplicateApplication) throw new HttpError(409, "already-applied", "An application from this e-mail address to this project has already arrived. Each person applies once per project.", { field: "email" });
    throw error;
  }
  return { application, token };
}
