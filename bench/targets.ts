// The targets of issue 7, checked against one run's medians. They are fixed here on purpose:
// a missed target is reported as missed, never moved.
import type { FigureRow } from "./lib/report";

export interface TargetCheck {
  description: string;
  met: boolean;
  detail: string;
}

const find = (rows: FigureRow[], prefix: string) => {
  const row = rows.find((r) => r.figure.startsWith(prefix));
  if (!row) throw new Error(`no row ${prefix}`);
  return row.values;
};

function atMost(description: string, ours: number | null, limit: number | null, unit: string, digits: number): TargetCheck {
  if (ours === null || limit === null) return { description, met: false, detail: "not measured" };
  const met = ours <= limit;
  const detail = `ours ${ours.toFixed(digits)} ${unit}, limit ${limit.toFixed(digits)} ${unit}${met ? "" : `, over by ${(ours - limit).toFixed(digits)} ${unit} (${((ours / limit - 1) * 100).toFixed(0)} %)`}`;
  return { description, met, detail };
}

export function checkTargets(rows: FigureRow[]): TargetCheck[] {
  const p99 = find(rows, "live: propagation p99");
  const perConnection = find(rows, "idle: RSS per extra connection");
  const perDocument = find(rows, "idle: RSS per loaded document");
  const seen = find(rows, "catch-up: 2,240 offline updates");
  const durable = find(rows, "catch-up: until the durable ack");
  const peerSeen = seen["y-websocket-server"];
  return [
    atMost("propagation p99 at or below y-websocket-server's", p99.ours, p99["y-websocket-server"], "ms", 2),
    atMost("memory per idle connection at most 2.4 KB", perConnection.ours, 2.4, "KB", 1),
    atMost("memory per loaded document at most 0.076 MB", perDocument.ours, 0.076, "MB", 3),
    atMost("catch-up: others see everything no later than with y-websocket-server", seen.ours, peerSeen, "ms", 1),
    atMost("catch-up: durable ack within 2× y-websocket-server's catch-up", durable.ours, peerSeen === null ? null : 2 * peerSeen, "ms", 1),
  ];
}
