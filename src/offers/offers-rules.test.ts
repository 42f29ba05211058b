// The pure rules of project offers: the form's checks (a draft within limits, a complete form
// for sending), PDFs by content, application fields, call slots and the .ics, the new-exchange
// form prefilled from an offer, and this feature's own messages.
import { describe, expect, it } from "vitest";
import { validateOfferForm, emptyOfferForm } from "./offer-form";
import { checkPdf, maxPdfBytes, validateApplicationFields, emailKey } from "./application-form";
import { callToIcs, validCallSlots } from "./call-ics";
import { exchangeFormFromOffer } from "./exchange-from-offer";
import { emptyExchangeForm } from "../exchanges/form-messages";
import { validateExchangeForm } from "../exchanges/exchange-form";
import { offersEnglish } from "./offers-messages";
import type { ApplicationView, OfficerOffer } from "./offers-api";

describe("the project form", () => {
  it("accepts a partial draft, but sending needs title, host, description and periods", () => {
    expect(validateOfferForm({ projectTitle: "Half" }, false).ok).toBe(true);
    const sent = validateOfferForm({ projectTitle: "Half" }, true);
    expect(sent.ok ? {} : sent.problems).toEqual({ hostInstitution: "required", description: "required", periods: "required" });
  });
  it("keeps sizes, weeks, places and papers within bounds, and drops unknown skills", () => {
    const checked = validateOfferForm({ ...emptyOfferForm(), projectTitle: "x".repeat(201), durationWeeks: 9, places: 0, preparationPapers: [{ title: "", url: "ftp://x" }], skills: ["ethics", "<b>"] }, false);
    expect(checked.ok ? {} : checked.problems).toEqual({ projectTitle: "tooLong", durationWeeks: "range", places: "range", "preparationPapers.0.title": "required", "preparationPapers.0.url": "url" });
    const fine = validateOfferForm({ ...emptyOfferForm(), skills: ["ethics", "<b>"] }, false);
    expect(fine.ok && fine.form.skills).toEqual(["ethics"]);
  });
});

describe("applications", () => {
  it("knows a PDF by its first bytes, not its name, and refuses more than 4 MB", () => {
    expect(checkPdf(new TextEncoder().encode("%PDF-1.7 ..."))).toBe("ok");
    expect(checkPdf(new TextEncoder().encode("<html>"))).toBe("notPdf");
    const big = new Uint8Array(maxPdfBytes + 1);
    big.set(new TextEncoder().encode("%PDF-"));
    expect(checkPdf(big)).toBe("tooLarge");
  });
  it("needs a letter as text or PDF, checks the e-mail and keeps every field within its limit", () => {
    const base = { name: "A", email: "a@example.org", university: "U", levelOfStudies: "5", homeNmo: "N", homeCountry: "C" };
    const missing = validateApplicationFields(base, false);
    expect(missing.ok ? {} : missing.problems).toEqual({ letterText: "letterMissing" });
    expect(validateApplicationFields(base, true).ok).toBe(true);
    const bad = validateApplicationFields({ ...base, email: "nope", homeNmo: "x".repeat(101), letterText: "hi" }, false);
    expect(bad.ok ? {} : bad.problems).toEqual({ email: "email", homeNmo: "tooLong" });
    expect(emailKey(" Sam@Example.ORG ")).toBe("sam@example.org");
  });
});

describe("the video call", () => {
  it("takes one to three different future slots", () => {
    const now = Date.parse("2027-01-01T00:00:00Z");
    expect(validCallSlots(["2027-02-01T09:00:00Z"], now)).toEqual(["2027-02-01T09:00:00.000Z"]);
    expect(validCallSlots([], now)).toBeNull();
    expect(validCallSlots(["2027-02-01T09:00:00Z", "2027-02-01T09:00:00.000Z"], now)).toBeNull();
    expect(validCallSlots(["2026-02-01T09:00:00Z"], now)).toBeNull();
    expect(validCallSlots(["a", "b", "c", "d"], now)).toBeNull();
  });
  it("writes a locale-neutral event in UTC with both people", () => {
    const ics = callToIcs({ applicationId: "app1", start: "2027-03-03T14:30:00.000Z", minutes: 30, summary: "Video call: Sepsis, ICU", attendees: [{ name: "Dr. Ana", email: "ana@example.org" }, { name: "Inês", email: "ines@example.org" }], uidDomain: "test", now: 0 });
    expect(ics).toContain("DTSTART:20270303T143000Z\r\nDTEND:20270303T150000Z\r\n");
    expect(ics).toContain("SUMMARY:Video call: Sepsis\\, ICU\r\n");
    expect(ics).toContain("ATTENDEE;CN=Inês:mailto:ines@example.org\r\n");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
});

describe("the exchange made from a choice", () => {
  it("carries the project, tutor, papers, video-call flag and the chosen student into today's form", () => {
    const offer = {
      id: "o1",
      tutorName: "Dr. Ana",
      tutorEmail: "ana@example.org",
      form: { ...emptyOfferForm(), projectTitle: "Sepsis", hostInstitution: "Hospital", description: "ICU data", preparationPapers: [{ title: "Sepsis-3", url: "https://example.org/s3" }], videoCallFirst: true },
    } as OfficerOffer;
    const chosen = { fields: { name: "Inês", email: "ines@example.org", university: "Porto", levelOfStudies: "5th year", homeNmo: "ANEM", homeCountry: "Portugal", letterText: "" } } as ApplicationView;
    const form = exchangeFormFromOffer(offer, chosen, emptyExchangeForm());
    expect(form).toMatchObject({ projectTitle: "Sepsis", tutor: { name: "Dr. Ana", email: "ana@example.org" }, preparationPapers: [{ title: "Sepsis-3", url: "https://example.org/s3" }], videoCallFirst: true, student: { name: "Inês", homeCountry: "Portugal" } });
    const complete = validateExchangeForm({ ...form, startDate: "2027-07-01", endDate: "2027-07-28", contact: { name: "Rita", email: "rita@example.org", phone: "" } });
    expect(complete.ok).toBe(true);
  });
});

it('has no "(s)" in its messages: counted phrases are plural messages', () => {
  const texts = Object.values(offersEnglish).flatMap((message) => (typeof message === "string" ? [message] : Object.values(message)));
  expect(texts.length).toBeGreaterThan(100);
  expect(texts.filter((text) => text.includes("(s)"))).toEqual([]);
});
