// An applicant's PDFs and the video call's .ics, served only to the offer's tutor, the
// committee's officers and the applicant themself, always as downloads: a crafted "PDF" must
// never run as a page of the app's origin, so the response is an attachment, never sniffed, and
// sandboxed by its own CSP should a browser render it anyway.
import type { ApiContext } from "../api/context";
import { HttpError, notFound } from "../api/json";
import { readerOfApplication } from "./offer-access";
import { callToIcs } from "../../../src/offers/call-ics";
import type { ApplicationFileKind } from "../../../src/offers/application-form";

export const downloadPolicy = "default-src 'none'; sandbox; frame-ancestors 'none'";

function sendDownload(context: ApiContext, body: Uint8Array | string, type: string, fileName: string) {
  const response = context.response;
  response.statusCode = 200;
  response.setHeader("Content-Type", type);
  response.setHeader("Content-Disposition", `attachment; filename="${fileName}"`);
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("Content-Security-Policy", downloadPolicy);
  response.setHeader("Cache-Control", "private, no-store");
  response.setHeader("Content-Length", typeof body === "string" ? Buffer.byteLength(body) : body.length);
  response.end(body);
}

export async function downloadApplicationFile(context: ApiContext): Promise<void> {
  const application = await readerOfApplication(context, context.params[0]);
  const kind = context.params[1] as ApplicationFileKind;
  const bytes = await context.offers.file(application.id, kind);
  if (!bytes) throw notFound();
  sendDownload(context, bytes, "application/pdf", `${kind === "cv" ? "cv" : "motivation-letter"}-${application.id}.pdf`);
}

export async function downloadCallIcs(context: ApiContext): Promise<void> {
  const application = await readerOfApplication(context, context.params[0]);
  if (!application.call?.picked) throw new HttpError(409, "no-call-yet", "The applicant has not picked a time yet.");
  const offer = await context.offers.offer(application.offerId);
  const ics = callToIcs({
    applicationId: application.id,
    start: application.call.picked,
    minutes: 30,
    summary: `Video call: ${offer?.form?.projectTitle ?? ""}`.trim(),
    attendees: [
      { name: offer?.tutorName ?? "", email: offer?.tutorEmail ?? "" },
      { name: application.fields.name, email: application.fields.email },
    ],
    uidDomain: "academic-quality-logbook",
    now: Date.now(),
  });
  sendDownload(context, ics, "text/calendar; charset=utf-8", "video-call.ics");
}
