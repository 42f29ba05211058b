import type { MessageKey, Messages } from "./locales";

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a bad translation shows. */
export function formatMessage(messages: Messages, key: MessageKey, params?: MessageParams): string {
  // A key missing from every dictionary is a bug, but showing the key beats breaking the screen.
  const template = messages[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
