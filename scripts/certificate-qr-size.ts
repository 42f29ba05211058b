// The length of a certificate's /verify link and the version of its QR code (error correction
// L), for a typical certificate and one with long, accented names and a long project title, as
// issued today and in the JSON form of format 1 for comparison: the denser the code, the smaller its modules on
// paper and the harder it is for a phone camera to read.
// Usage: npx tsx scripts/certificate-qr-size.ts
import QRCode from "qrcode";
import { evaluationContent } from "../src/evaluation/evaluation-content";
import { signedSample, signFormatOneCertificate } from "../test/helpers/evaluation-samples";
import { verifyLink } from "../src/evaluation/certificate";

const exchanges = {
  "a typical exchange": {
    id: "Xk3v9QmB2rTa",
    kind: "research",
    projectTitle: "Biomarkers of sepsis in the ICU",
    studentName: "Sam Student",
    tutorName: "Dr. Ana Tutor",
    startDate: "2026-07-01",
    endDate: "2026-07-28",
  },
  "long, accented names and a long title": {
    id: "Xk3v9QmB2rTa",
    kind: "research",
    projectTitle: "Antibiotic resistance of Klebsiella pneumoniae isolates in intensive care",
    studentName: "Maria Fernanda Oliveira Santos",
    tutorName: "Prof. Dr. Katarzyna Wiśniewska-Kowalczyk",
    startDate: "2026-07-01",
    endDate: "2026-07-28",
  },
} as const;
const origin = "https://logbook.example.org";
for (const [name, exchange] of Object.entries(exchanges)) {
  const sample = await signedSample(evaluationContent({ exchange, logbook: { attendance: {}, days: {} }, student: { ratings: {}, texts: {} }, tutor: { ratings: {}, texts: {} } }));
  for (const [format, payload] of [
    ["format 1 (JSON)", await signFormatOneCertificate(sample)],
    ["format 2 (compact, also naming host, department, committee and hours)", sample.payload],
  ] as const) {
    const link = verifyLink(origin, payload);
    const qr = QRCode.create(link, { errorCorrectionLevel: "L" });
    console.log(`${name}, ${format}: link ${link.length} characters, QR version ${qr.version} (${qr.modules.size} modules a side)`);
  }
}
