// Locale registry. Adding a language is one file in ./locales exporting a partial dictionary
// named after its code (fr.ts exports `fr`); it is found here without touching any other file.
import { en, type Message, type MessageKey, type Messages, type PluralMessage } from "./locales/en";

export type PartialMessages = Partial<Record<MessageKey, Message>>;

const localeModules = import.meta.glob<Record<string, PartialMessages>>(["./locales/*.ts", "!./locales/en.ts"]);

export const sourceLocale = "en";

export function availableLocales(): string[] {
  const codes = Object.keys(localeModules).map((path) => path.replace(/^.*\/(.+)\.ts$/, "$1"));
  return [sourceLocale, ...codes.sort()];
}

export async function loadMessages(code: string): Promise<Messages> {
  const loader = localeModules[`./locales/${code}.ts`];
  if (!loader) return en;
  const module = await loader();
  return { ...en, ...module[code] };
}

export function pickLocale(preferred: readonly string[], available: readonly string[]): string {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0] ?? "";
    if (available.includes(base)) return base;
  }
  return sourceLocale;
}

export { en };
export type { Message, MessageKey, Messages, PluralMessage };
