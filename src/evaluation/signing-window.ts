// When the final evaluation can be signed: from the exchange's last working day on. The signed
// content counts attendance as of the last day, so an evaluation sealed earlier would certify the
// days still to come as missed; waiting for the last working day keeps every number on the
// certificate true, and the content the same whatever day each person signs on.
import { todayIso, workingDays } from "../logbook/rules/calendar";

/** The first day the evaluation can be signed: the last working day (the end date if none). */
export function signingOpensOn(period: { startDate: string; endDate: string }): string {
  return workingDays(period.startDate, period.endDate).at(-1) ?? period.endDate;
}

/**
 * Whether signing has opened at instant `now` for someone whose calendar date is `today`. The
 * server, which cannot know the signer's time zone, passes no `today` and uses the date in the
 * earliest zone on Earth (UTC+14), so no honest device is refused on its own last day.
 */
export function signingOpen(period: { startDate: string; endDate: string }, now: Date, today = todayIso(now, "Etc/GMT-14")): boolean {
  return today >= signingOpensOn(period);
}
