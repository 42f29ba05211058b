// Dates and times as people read them, in the person's locale and always in the Gregorian
// calendar (some Arabic locales default to another). Calendar dates ("2026-11-22") are days, not
// instants: they are formatted in UTC so no time zone moves them to the day before.
export type DateStyle = "day" | "dayShort" | "date" | "dateFull" | "month";
export type TimeStyle = "dateTime" | "dateTimeShort" | "time" | "date";

const dateOptions: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { weekday: "long", day: "numeric", month: "long" },
  dayShort: { weekday: "short", day: "numeric", month: "short" },
  date: { dateStyle: "medium" },
  dateFull: { dateStyle: "full" },
  month: { month: "long", year: "numeric" },
};

const timeOptions: Record<TimeStyle, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: "medium", timeStyle: "short" },
  dateTimeShort: { dateStyle: "short", timeStyle: "short" },
  time: { timeStyle: "short" },
  /** The day of an instant where the device is, such as the day something was signed. */
  date: { dateStyle: "medium" },
};

/** "2026-11-22" as "Sunday 22 November" (style `day`) and the like; an unreadable date is shown as typed. */
export function formatCalendarDate(locale: string, isoDate: string, style: DateStyle): string {
  const at = Date.parse(`${isoDate.length === 7 ? `${isoDate}-01` : isoDate}T00:00:00Z`);
  if (Number.isNaN(at)) return isoDate;
  return new Intl.DateTimeFormat(locale, { ...dateOptions[style], calendar: "gregory", timeZone: "UTC" }).format(at);
}

/** An instant (milliseconds since the epoch) in the device's time zone. */
export function formatInstant(locale: string, at: number, style: TimeStyle): string {
  return new Intl.DateTimeFormat(locale, { ...timeOptions[style], calendar: "gregory" }).format(at);
}
