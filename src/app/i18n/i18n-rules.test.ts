// Two rules of the i18n layer checked over the source, so a new screen cannot quietly break them:
// counted phrases are plural messages, never "(s)"; dates go through useI18n().formatDate and
// formatTime, never a formatter of the browser's default locale (`new Intl.DateTimeFormat(undefined, …)`),
// which ignores the language chosen in Settings.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "./locales";

const srcRoot = join(import.meta.dirname, "../..");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("i18n rules over the source", () => {
  it('has no English message with "(s)": counted phrases are plural messages', () => {
    const forms = Object.entries(en).flatMap(([key, message]) => (typeof message === "string" ? [[key, message]] : Object.entries(message).map(([form, text]) => [`${key}.${form}`, text])));
    expect(forms.length).toBeGreaterThan(100);
    expect(forms.filter(([, text]) => text!.includes("(s)")).map(([key]) => key)).toEqual([]);
  });

  it("has no component formatting dates in the browser's default locale", () => {
    const files = sourceFiles(srcRoot);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((file) => /new Intl\.DateTimeFormat\(\s*undefined/.test(readFileSync(file, "utf8"))).map((file) => relative(srcRoot, file));
    expect(offenders).toEqual([]);
  });
});
