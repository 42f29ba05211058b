// The video call between a tutor and an applicant as an iCalendar event. Locale-neutral on
// purpose: UTC times, no translated words beyond the project's own title, so the same file is
// right for both people whatever their language and time zone.
import { escapeText, foldLine } from "../program/ics";

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

export interface CallEvent {
  applicationId: string;
  /** The picked slot, an ISO instant. */
  start: string;
  minutes: number;
  summary: string;
  attendees: { name: string; email: string }[];
  uidDomain: string;
  now: number;
}

export function callToIcs(call: CallEvent): string {
  const start = Date.parse(call.start);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Academic Quality Logbook//Video call//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:call-${call.applicationId}@${call.uidDomain}`,
    `DTSTAMP:${utcStamp(call.now)}`,
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(start + call.minutes * 60_000)}`,
    `SUMMARY:${escapeText(call.summary)}`,
    ...call.attendees.map((person) => `ATTENDEE;CN=${escapeText(person.name.replace(/[":;]/g, " "))}:mailto:${person.email.replace(/[^A-Za-z0-9.@_+-]/g, "")}`),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** Up to three future slots, as ISO instants, none twice. */
export function validCallSlots(input: unknown, now: number): string[] | null {
  if (!Array.isArray(input) || input.length < 1 || input.length > 3) return null;
  const slots = input.map((slot) => (typeof slot === "string" && slot.length <= 40 ? Date.parse(slot) : NaN));
  if (slots.some((slot) => !Number.isFinite(slot) || slot < now)) return null;
  const iso = slots.map((slot) => new Date(slot).toISOString());
  return new Set(iso).size === iso.length ? iso : null;
}
