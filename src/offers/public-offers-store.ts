// A committee's published offers, for anyone: the list, and sending an application to one.
// Files are checked on the device the way the server checks them (PDF by content, 4 MB), so a
// wrong file is named before anything is uploaded.
import { createResource } from "solid-js";
import { OffersApiError, publicOffersApi } from "./offers-api";
import { checkPdf, type ApplicationFileKind } from "./application-form";
import { openOffersDatabase } from "../db/offers-schema";

export function usePublishedOffers(committeeId: () => string) {
  const [list] = createResource(committeeId, async (id) => {
    try {
      return await publicOffersApi.list(id);
    } catch (error) {
      if (error instanceof OffersApiError && error.status === 404) return null;
      throw error;
    }
  });
  return { list, csvUrl: () => publicOffersApi.csvUrl(committeeId()) };
}

export type FileProblem = "notPdf" | "tooLarge";

export async function readPdf(file: File): Promise<{ base64: string } | { problem: FileProblem }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkPdf(bytes);
  if (check !== "ok") return { problem: check };
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { base64: btoa(binary) };
}

export async function sendApplication(offerId: string, fields: Record<string, string>, files: Partial<Record<ApplicationFileKind, string>>) {
  const body = { ...fields, ...(files.letter ? { letterPdf: files.letter } : {}), ...(files.cv ? { cvPdf: files.cv } : {}) };
  const sent = await publicOffersApi.apply(offerId, body);
  const db = openOffersDatabase();
  await db.access.put({ id: sent.applicationId, kind: "applicant", token: sent.applicantToken });
  db.close();
  return { link: `${location.origin}/application#${sent.applicantToken}` };
}
