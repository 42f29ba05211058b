/** "Wednesday, 1 July" in the reader's language; ISO dates are UTC midnights, so the zone is UTC. */
export function longDayName(date: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}
