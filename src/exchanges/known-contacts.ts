// The contact persons a committee already has, so the officer picks one for a new exchange
// instead of typing them again.
import type { ExchangeForm } from "./exchange-form";

export type KnownContact = ExchangeForm["contact"];

/** The committee's contact persons, once each (by e-mail), from its exchanges, latest first. */
export function knownContactsOf(forms: readonly Pick<ExchangeForm, "contact">[]): KnownContact[] {
  const seen = new Map<string, KnownContact>();
  for (const { contact } of forms) {
    const key = contact.email.trim().toLowerCase();
    if (key && !seen.has(key)) seen.set(key, { ...contact });
  }
  return [...seen.values()];
}
