import { describe, expect, it } from "vitest";
import { csvField, toCsv, utf8Bom } from "./csv";

/** A strict RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      endField();
    } else if (char === "\r" && text[i + 1] === "\n") {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += char;
    }
  }
  return rows;
}

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks and reads back to the same cells", () => {
    const rows = [
      ["name", "note", "days"],
      ["Zoë \"Zo\" Müller", "first line\nsecond, with comma", 12],
      ["Ana", "", null],
    ];
    const csv = toCsv(rows);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ["name", "note", "days"],
      ["Zoë \"Zo\" Müller", "first line\nsecond, with comma", "12"],
      ["Ana", "", ""],
    ]);
  });

  it("keeps spreadsheet formulas from running", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvField("+32 000")).toBe("'+32 000");
    expect(csvField(-3)).toBe("-3");
  });

  it("leaves plain text unquoted and has a byte order mark to prepend", () => {
    expect(csvField("plain text")).toBe("plain text");
    expect(utf8Bom.charCodeAt(0)).toBe(0xfeff);
  });
});
