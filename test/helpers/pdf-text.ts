// The text of a PDF, page by page, as a reader would copy it: how the tests check what a
// printout holds after Chromium has printed it (page.pdf).
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfPagesText(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: pdf, useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      // Items on one line end without hasEOL; joining them with spaces and lines with newlines
      // gives text that phrases can be searched in.
      pages.push(
        content.items
          .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : ""))
          .join("")
          .replace(/[ \t]+/g, " "),
      );
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
