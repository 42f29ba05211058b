// The .ics output read back by a real iCalendar parser (ical.js): every field of every event
// survives, awkward characters included, and the lines obey RFC 5545 (CRLF, 75 octets).
import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { escapeText, extraProperties, foldLine, programToIcs, zonedTimeToUtc } from "./ics";
import type { ProgramEvent } from "./program-document";

const labels = { meetingPoint: "Meeting point", cost: "Cost", bring: "Bring" };
const options = { timeZone: "Europe/Lisbon", now: new Date("2026-06-20T10:11:12Z"), uidDomain: "logbook.example.org", labels };

function event(fields: Partial<ProgramEvent>): ProgramEvent {
  return {
    id: "e1",
    title: "",
    date: "2026-07-04",
    startTime: "",
    endTime: "",
    place: "",
    address: "",
    meetingPoint: "",
    cost: "",
    bring: "",
    notes: "",
    createdAt: 1,
    ...fields,
  };
}

const awkward = event({
  id: "awkward01",
  title: "Welcome dinner; bring friends, \\ and \"quotes\" — ça va? 🎉",
  date: "2026-07-04",
  startTime: "19:30",
  endTime: "22:00",
  place: "Tasca do Chico, upstairs",
  address: "Rua do Diário de Notícias 39;\n1200-141 Lisboa",
  meetingPoint: "Praça Luís de Camões, by the statue",
  cost: "€15; drinks extra",
  bring: "ID card, cash\\coins",
  notes: `Line one\nLine two, with a comma; a semicolon and a backslash \\\n${"Long text with accents éàü and emoji 🚀 ".repeat(6)}`,
});
const allDay = event({ id: "allday02", title: "Sintra day trip", date: "2026-07-11", notes: "Whole day" });
const overnight = event({ id: "night03", title: "Fado night", date: "2026-07-17", startTime: "22:00", endTime: "01:30" });
const floating = event({ id: "float04", title: "Beach", date: "2026-07-18", startTime: "10:00", endTime: "12:00" });

function parse(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
}

describe("programToIcs", () => {
  it("round-trips every field through ical.js, awkward characters included", () => {
    const ics = programToIcs([awkward, allDay, overnight], options);
    const [first, second, third] = parse(ics);
    expect(first && second && third).toBeTruthy();

    expect(first!.getFirstPropertyValue("uid")).toBe("awkward01@logbook.example.org");
    expect(first!.getFirstPropertyValue("summary")).toBe(awkward.title);
    expect(first!.getFirstPropertyValue("location")).toBe(`${awkward.place}, ${awkward.address}`);
    expect(first!.getFirstPropertyValue("description")).toBe(
      `Meeting point: ${awkward.meetingPoint}\nCost: ${awkward.cost}\nBring: ${awkward.bring}\n\n${awkward.notes}`,
    );
    for (const [field, name] of Object.entries(extraProperties)) {
      expect(first!.getFirstPropertyValue(name.toLowerCase()), field).toBe(awkward[field as keyof typeof extraProperties]);
    }
    // Lisbon is at UTC+1 in July.
    expect((first!.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString()).toBe("2026-07-04T18:30:00.000Z");
    expect((first!.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate().toISOString()).toBe("2026-07-04T21:00:00.000Z");
    expect((first!.getFirstPropertyValue("dtstamp") as ICAL.Time).toJSDate().toISOString()).toBe("2026-06-20T10:11:12.000Z");

    const allDayStart = second!.getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(allDayStart.isDate).toBe(true);
    expect(allDayStart.toString()).toBe("2026-07-11");
    expect((second!.getFirstPropertyValue("dtend") as ICAL.Time).toString()).toBe("2026-07-12");
    expect(second!.getFirstPropertyValue("description")).toBe("Whole day");
    expect(second!.getFirstPropertyValue("location")).toBeNull();

    expect((third!.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate().toISOString()).toBe("2026-07-18T00:30:00.000Z");
  });

  it("reads back through ICAL.Event too, the way calendar apps see it", () => {
    const [component] = parse(programToIcs([awkward], options));
    const read = new ICAL.Event(component);
    expect(read.summary).toBe(awkward.title);
    expect(read.uid).toBe("awkward01@logbook.example.org");
    expect(read.startDate.toJSDate().getTime()).toBe(zonedTimeToUtc("2026-07-04", "19:30", "Europe/Lisbon"));
    expect(read.duration.toSeconds()).toBe(150 * 60);
  });

  it("writes floating times when the program has no time zone", () => {
    const [component] = parse(programToIcs([floating], { ...options, timeZone: "" }));
    const start = component!.getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(start.zone).toBe(ICAL.Timezone.localTimezone);
    expect(start.toString()).toBe("2026-07-18T10:00:00");
  });

  it("leaves out events without a date and still makes a valid empty calendar", () => {
    const ics = programToIcs([event({ id: "nodate", date: "" })], options);
    expect(parse(ics)).toHaveLength(0);
    expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue("version")).toBe("2.0");
  });

  it("ends every line with CRLF and folds at 75 octets without splitting a character", () => {
    const ics = programToIcs([awkward, allDay], options);
    expect(ics.endsWith("\r\n")).toBe(true);
    const lines = ics.slice(0, -2).split("\r\n");
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    for (const line of lines) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\r\n]/);
      expect(line).not.toContain("\uFFFD");
    }
  });
});

describe("escapeText and foldLine", () => {
  it("escapes backslash, semicolon, comma and newlines, in that order", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds by octets: a line of 2-octet characters breaks before 75 octets", () => {
    const folded = foldLine(`SUMMARY:${"é".repeat(100)}`);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join("")).toBe(`SUMMARY:${"é".repeat(100)}`);
  });

  it("keeps short lines as they are", () => {
    expect(foldLine("VERSION:2.0")).toBe("VERSION:2.0");
  });
});

describe("zonedTimeToUtc", () => {
  it("follows daylight saving time", () => {
    expect(new Date(zonedTimeToUtc("2026-01-15", "09:00", "Europe/Brussels")).toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(new Date(zonedTimeToUtc("2026-07-15", "09:00", "Europe/Brussels")).toISOString()).toBe("2026-07-15T07:00:00.000Z");
    expect(new Date(zonedTimeToUtc("2026-07-15", "09:00", "America/Sao_Paulo")).toISOString()).toBe("2026-07-15T12:00:00.000Z");
  });
});
