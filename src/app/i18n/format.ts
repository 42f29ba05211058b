import type { Message, MessageKey, Messages, PluralMessage } from "./locales";

export type MessageParams = Record<string, string | number>;

/** Per-locale formatters, made once per locale by the provider and passed in. */
export interface LocaleFormatters {
  plural: Intl.PluralRules;
  number: Intl.NumberFormat;
}

export function localeFormatters(locale: string): LocaleFormatters {
  return { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }) };
}

function isPlural(message: Message): message is PluralMessage {
  return typeof message === "object";
}

// A counted phrase picks its form from the locale's plural rules for `count` (Arabic has six
// forms, French puts 0 with 1); a form the translation lacks falls back to `other`.
function pickTemplate(message: Message, params: MessageParams | undefined, formatters: LocaleFormatters): string {
  if (!isPlural(message)) return message;
  const count = Number(params?.count);
  const category = Number.isFinite(count) ? formatters.plural.select(count) : "other";
  return message[category] ?? message.other;
}

/**
 * Fills `{name}` placeholders, numbers in the locale's digits and separators; an unknown
 * placeholder stays visible so a bad translation shows.
 */
export function formatMessage(
  messages: Messages,
  key: MessageKey,
  params: MessageParams | undefined,
  formatters: LocaleFormatters,
): string {
  // A key missing from every dictionary is a bug, but showing the key beats breaking the screen.
  return fillMessage(messages[key] ?? key, params, formatters);
}

/** One message, plural form picked and placeholders filled, whichever dictionary it came from. */
export function fillMessage(message: Message, params: MessageParams | undefined, formatters: LocaleFormatters): string {
  const template = pickTemplate(message, params, formatters);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === "number" ? formatters.number.format(value) : String(value);
  });
}
