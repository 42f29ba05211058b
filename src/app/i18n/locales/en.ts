// English is the source language: every key the UI uses is declared here (by domain, in ./en/),
// and other locales may translate any subset of it (missing keys fall back to English).
import { shell } from "./en/shell";
import { logbook } from "./en/logbook";
import { review } from "./en/review";
import { program } from "./en/program";
import { exchanges } from "./en/exchanges";
import { evaluation } from "./en/evaluation";
import { dashboard } from "./en/dashboard";

export const en = { ...shell, ...logbook, ...review, ...program, ...exchanges, ...evaluation, ...dashboard } as const;

/** A counted phrase: one form per plural category of `Intl.PluralRules`; `other` is required. */
export type PluralMessage = { readonly [C in Intl.LDMLPluralRule]?: string } & { readonly other: string };
export type Message = string | PluralMessage;

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: Message };
