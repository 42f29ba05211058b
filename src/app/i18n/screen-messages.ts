// Messages that belong to one group of screens and load with their chunk, not with the entry:
// the shared dictionary (./locales/en) is in every first screen, so a feature whose screens most
// people never open keeps its words to itself. A screen module declares its English messages
// and, per language, any translations; `useScreenMessages` gives it a `t` over them that
// follows the language chosen in Settings, with the same plural rules and number formats.
import { useI18n } from "./i18n-context";
import type { MessageParams } from "./format";
import type { Message } from "./locales";

export type ScreenDictionary = Readonly<Record<string, Message>>;
export type ScreenTranslations<D extends ScreenDictionary> = Readonly<Record<string, Partial<Record<keyof D, Message>>>>;

export function useScreenMessages<D extends ScreenDictionary>(english: D, translations: ScreenTranslations<D> = {}) {
  const i18n = useI18n();
  return (key: keyof D & string, params?: MessageParams): string => i18n.fill(translations[i18n.locale()]?.[key] ?? english[key] ?? key, params);
}
