// The i18n layer: every string the UI shows comes through `t`, and every date, time and number
// through the formatters here. The active locale lives in the provider (not in module state) so
// tests and several roots can each have their own.
import { createContext, createMemo, createResource, createSignal, useContext, type ParentProps } from "solid-js";
import { availableLocales, en, loadMessages, pickLocale, type MessageKey } from "./locales";
import { fillMessage, formatMessage, localeFormatters, type MessageParams } from "./format";
import type { Message } from "./locales";
import { formatCalendarDate, formatInstant, type DateStyle, type TimeStyle } from "./dates";

export interface I18n {
  /** The message for `key`; a counted phrase takes its form from `params.count`. */
  t: (key: MessageKey, params?: MessageParams) => string;
  locale: () => string;
  /** A message from a screen's own dictionary (./screen-messages), formatted like `t`. */
  fill: (message: Message, params?: MessageParams) => string;
  setLocale: (code: string) => void;
  locales: string[];
  formatBytes: (bytes: number) => string;
  formatNumber: (value: number) => string;
  /** A calendar date such as "2026-11-22" ("Sunday 22 November" in style `day`). */
  formatDate: (isoDate: string, style: DateStyle) => string;
  /** An instant, in milliseconds since the epoch, in the device's time zone. */
  formatTime: (at: number, style: TimeStyle) => string;
}

const I18nContext = createContext<I18n>();

export function I18nProvider(props: ParentProps<{ initialLocale?: string }>) {
  const locales = availableLocales();
  const [locale, setLocaleSignal] = createSignal(
    props.initialLocale ?? pickLocale(navigator.languages ?? [], locales),
  );
  const [messages] = createResource(locale, loadMessages, { initialValue: en });
  const formatters = createMemo(() => localeFormatters(locale()));
  const setLocale = (code: string) => {
    setLocaleSignal(code);
    document.documentElement.lang = code;
  };
  const i18n: I18n = {
    t: (key, params) => formatMessage(messages.latest ?? en, key, params, formatters()),
    locale,
    fill: (message, params) => fillMessage(message, params, formatters()),
    setLocale,
    locales,
    formatBytes: (bytes) =>
      new Intl.NumberFormat(locale(), { style: "unit", unit: bytes >= 1e9 ? "gigabyte" : "megabyte", maximumFractionDigits: 1 }).format(
        bytes >= 1e9 ? bytes / 1e9 : bytes / 1e6,
      ),
    formatNumber: (value) => formatters().number.format(value),
    formatDate: (isoDate, style) => formatCalendarDate(locale(), isoDate, style),
    formatTime: (at, style) => formatInstant(locale(), at, style),
  };
  return <I18nContext.Provider value={i18n}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n outside I18nProvider");
  return i18n;
}
