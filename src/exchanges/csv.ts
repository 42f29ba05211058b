// CSV as RFC 4180 has it: fields with a comma, a quote or a line break are quoted, quotes
// doubled, lines end with CRLF. The file starts with a UTF-8 byte order mark, without which
// spreadsheet programs read "Zoë" as "ZoÃ«". Text that a spreadsheet would run as a formula
// (=, +, -, @ first) gets a leading apostrophe: names come from people we do not control.
export type CsvCell = string | number | null;

const formulaStart = /^[=+\-@\t\r]/;

export function csvField(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export const utf8Bom = "\uFEFF";
