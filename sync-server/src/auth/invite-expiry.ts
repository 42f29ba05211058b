// How long an invite link works. A link for an exchange's student, tutor or contact person is
// often sent weeks before the exchange and opened on arrival, so it works until two weeks after
// the exchange's last day (a tutor joining late still gets in), and never less than 30 days from
// when it was made. Set-up and officer links are for people at hand: a week.
import type { ExchangeForm } from "../../../src/exchanges/exchange-form";

const day = 86_400_000;
export const exchangeInviteGraceDays = 14;
export const minimumExchangeInviteDays = 30;
export const setupInviteTtlMs = 7 * day;
export const officerInviteTtlMs = 7 * day;

/** When an invite made at `now` for a person of this exchange stops working. */
export function exchangeInviteExpiresAt(form: Pick<ExchangeForm, "endDate">, now: number): number {
  // The end of the last day in the latest time zone (UTC−12), so nobody loses it to their zone.
  const lastDayEnds = Date.parse(`${form.endDate}T00:00:00Z`) + day + 12 * 3_600_000;
  const afterTheExchange = Number.isNaN(lastDayEnds) ? 0 : lastDayEnds + exchangeInviteGraceDays * day;
  return Math.max(now + minimumExchangeInviteDays * day, afterTheExchange);
}
