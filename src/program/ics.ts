// iCalendar (RFC 5545) for the social program, so a student can put events in their phone's
// calendar. Our own small writer: text escaping (\ ; , and newlines), lines folded at 75 octets
// without splitting a UTF-8 character, CRLF endings. Times are wall-clock times in the
// committee's time zone, written in UTC so no VTIMEZONE block is needed; without a zone they
// stay "floating" (the reader's local time). The structured fields also go into X-AQL-*
// properties, so the events read back exactly; calendar apps ignore those.
import type { ProgramEvent } from "./program-document";

export interface IcsLabels {
  meetingPoint: string;
  cost: string;
  bring: string;
}

export interface IcsOptions {
  timeZone: string;
  now: Date;
  /** Makes UIDs globally unique: the server's host name. */
  uidDomain: string;
  labels: IcsLabels;
}

export const extraProperties = {
  place: "X-AQL-PLACE",
  address: "X-AQL-ADDRESS",
  meetingPoint: "X-AQL-MEETING-POINT",
  cost: "X-AQL-COST",
  bring: "X-AQL-BRING",
  notes: "X-AQL-NOTES",
} as const;

export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Splits a content line into lines of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; the others 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const compactDate = (iso: string) => iso.replaceAll("-", "");

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** Milliseconds the zone's wall clock is ahead of UTC at `instant`. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - instant;
}

/** The UTC instant of a wall-clock time in a zone (a time skipped by a DST change moves forward). */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [h, min] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  const guess = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(guess, timeZone);
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function dateTime(date: string, time: string, timeZone: string): string {
  if (timeZone) return utcStamp(zonedTimeToUtc(date, time, timeZone));
  return `${compactDate(date)}T${time.replace(":", "")}00`;
}

function whenLines(event: ProgramEvent, timeZone: string): string[] {
  if (!event.startTime) return [`DTSTART;VALUE=DATE:${compactDate(event.date)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`];
  const lines = [`DTSTART:${dateTime(event.date, event.startTime, timeZone)}`];
  // An end time before the start time is past midnight.
  if (event.endTime) lines.push(`DTEND:${dateTime(event.endTime < event.startTime ? nextDay(event.date) : event.date, event.endTime, timeZone)}`);
  return lines;
}

function description(event: ProgramEvent, labels: IcsLabels): string {
  const lines = [
    event.meetingPoint && `${labels.meetingPoint}: ${event.meetingPoint}`,
    event.cost && `${labels.cost}: ${event.cost}`,
    event.bring && `${labels.bring}: ${event.bring}`,
  ].filter(Boolean);
  return [lines.join("\n"), event.notes].filter(Boolean).join("\n\n");
}

function eventLines(event: ProgramEvent, options: IcsOptions): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${event.id}@${options.uidDomain}`,
    `DTSTAMP:${utcStamp(options.now.getTime())}`,
    ...whenLines(event, options.timeZone),
    `SUMMARY:${escapeText(event.title)}`,
  ];
  const location = [event.place, event.address].filter(Boolean).join(", ");
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  const text = description(event, options.labels);
  if (text) lines.push(`DESCRIPTION:${escapeText(text)}`);
  for (const [field, name] of Object.entries(extraProperties)) {
    const value = event[field as keyof typeof extraProperties];
    if (value) lines.push(`${name};VALUE=TEXT:${escapeText(value)}`);
  }
  lines.push("END:VEVENT");
  return lines;
}

/** A calendar with the dated events among `events` (an event without a date cannot be placed). */
export function programToIcs(events: readonly ProgramEvent[], options: IcsOptions): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//IFMSA//Academic Quality Logbook//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...events.filter((event) => event.date).flatMap((event) => eventLines(event, options)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
