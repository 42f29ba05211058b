// English is the source language: every key the UI uses is declared here (by domain, in ./en/),
// and other locales may translate any subset of it (missing keys fall back to English).
import { shell } from "./en/shell";
import { logbook } from "./en/logbook";
import { review } from "./en/review";
import { program } from "./en/program";
import { exchanges } from "./en/exchanges";
import { evaluation } from "./en/evaluation";

export const en = { ...shell, ...logbook, ...review, ...program, ...exchanges, ...evaluation } as const;

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };
