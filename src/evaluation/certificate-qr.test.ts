import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { evaluationContent } from "./evaluation-content";
import { signedSample } from "../../test/helpers/evaluation-samples";
import { verifyLink } from "./certificate";

// A phone camera reads a code from paper when its modules are not too small: the certificate's
// code prints 70 mm wide, so version 20 (97 modules) still gives modules of 0.7 mm. Long names,
// accents and a long title, the worst a real certificate brings; a JSON certificate was version 29.
const longest = evaluationContent({
  exchange: {
    id: "Xk3v9QmB2rTa",
    kind: "professional",
    projectTitle: "Antibiotic resistance of Klebsiella pneumoniae isolates in intensive care: a retrospective cohort",
    studentName: "Maria Fernanda Oliveira dos Santos Pereira",
    tutorName: "Prof. Dr. Katarzyna Wiśniewska-Kowalczyk",
    startDate: "2026-07-01",
    endDate: "2026-08-26",
  },
  logbook: { attendance: {}, days: {} },
  student: { ratings: {}, texts: {} },
  tutor: { ratings: {}, texts: {} },
});

describe("the certificate's QR code", () => {
  it("stays at version 20 or below for long names and titles, its certificate in the alphanumeric mode", async () => {
    const sample = await signedSample(longest);
    const link = verifyLink("https://logbook.example-university.org", sample.payload);
    const qr = QRCode.create(link, { errorCorrectionLevel: "L" });
    expect(qr.version).toBeLessThanOrEqual(20);
    expect(qr.segments.map((segment) => segment.mode.id)).toContain("Alphanumeric");
  });
});
