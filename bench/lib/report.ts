// The comparison as a table: one row per figure, each server's median over the rounds, and the
// ratio ours/peer (below 1 means ours is smaller: faster or leaner).
import type { ServerName } from "./targets";

export interface FigureRow {
  figure: string;
  unit: string;
  values: Record<ServerName, number | null>;
  digits: number;
}

const format = (value: number | null, digits: number) => (value === null || Number.isNaN(value) ? "n/a" : value.toFixed(digits));
const ratio = (ours: number | null, peer: number | null) => (ours === null || peer === null || peer === 0 ? "n/a" : (ours / peer).toFixed(2));

export function comparisonTable(rows: FigureRow[]): string {
  const header = ["figure (median of rounds)", "ours", "Hocuspocus", "y-ws-server", "ours/Hocuspocus", "ours/y-ws-server"];
  const lines = rows.map((row) => [
    `${row.figure} (${row.unit})`,
    format(row.values.ours, row.digits),
    format(row.values.hocuspocus, row.digits),
    format(row.values["y-websocket-server"], row.digits),
    ratio(row.values.ours, row.values.hocuspocus),
    ratio(row.values.ours, row.values["y-websocket-server"]),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] as string).length)));
  const render = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number))).join("  ");
  return [render(header), ...lines.map(render)].join("\n");
}
