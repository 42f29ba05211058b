// The i18n layer: every string the UI shows comes through `t`. The active locale lives in the
// provider (not in module state) so tests and several roots can each have their own.
import { createContext, createResource, createSignal, useContext, type ParentProps } from "solid-js";
import { availableLocales, en, loadMessages, pickLocale, type MessageKey } from "./locales";
import { formatMessage, type MessageParams } from "./format";

export interface I18n {
  t: (key: MessageKey, params?: MessageParams) => string;
  locale: () => string;
  setLocale: (code: string) => void;
  locales: string[];
  formatBytes: (bytes: number) => string;
}

const I18nContext = createContext<I18n>();

export function I18nProvider(props: ParentProps<{ initialLocale?: string }>) {
  const locales = availableLocales();
  const [locale, setLocaleSignal] = createSignal(
    props.initialLocale ?? pickLocale(navigator.languages ?? [], locales),
  );
  const [messages] = createResource(locale, loadMessages, { initialValue: en });
  const setLocale = (code: string) => {
    setLocaleSignal(code);
    document.documentElement.lang = code;
  };
  const i18n: I18n = {
    t: (key, params) => formatMessage(messages.latest ?? en, key, params),
    locale,
    setLocale,
    locales,
    formatBytes: (bytes) =>
      new Intl.NumberFormat(locale(), { style: "unit", unit: bytes >= 1e9 ? "gigabyte" : "megabyte", maximumFractionDigits: 1 }).format(
        bytes >= 1e9 ? bytes / 1e9 : bytes / 1e6,
      ),
  };
  return <I18nContext.Provider value={i18n}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n outside I18nProvider");
  return i18n;
}
