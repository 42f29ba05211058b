// The skills a student can tick on a logbook day: a fixed list per kind of exchange (research
// skills for SCORE, clinical activities for SCOPE), plus the host's own extras. Built-in skills
// have stable ids and i18n keys, so their labels follow the reader's language. Extras are free
// text; their id is derived from the label alone ("extra:<slug>"), so every device computes the
// same id offline without asking anyone, and a day that ticked "Suturing" still matches it after
// the host retypes it as "suturing ".
import type { ExchangeKind } from "../../exchanges/exchange-form";

export type SkillOption = { id: string; labelKey: string; label?: undefined } | { id: string; label: string; labelKey?: undefined };

export const maxExtraSkills = 20;
export const maxExtraSkillLength = 40;
export const extraSkillPrefix = "extra:";

const builtInSkills: Readonly<Record<ExchangeKind, readonly (readonly [id: string, labelKey: string])[]>> = Object.freeze({
  research: Object.freeze([
    ["literature-study", "skill.literatureStudy"],
    ["data-collection", "skill.dataCollection"],
    ["scientific-writing", "skill.scientificWriting"],
    ["lab-work", "skill.labWork"],
    ["statistics", "skill.statistics"],
    ["ethics", "skill.ethics"],
  ] as const),
  professional: Object.freeze([
    ["history-taking", "skill.historyTaking"],
    ["physical-examination", "skill.physicalExamination"],
    ["procedures-observed", "skill.proceduresObserved"],
    ["procedures-assisted", "skill.proceduresAssisted"],
    ["ward-rounds", "skill.wardRounds"],
    ["theatre", "skill.theatre"],
    ["outpatient-clinic", "skill.outpatientClinic"],
    ["case-presentation", "skill.casePresentation"],
  ] as const),
});

/**
 * A host's label as shown: trimmed, runs of whitespace made one space, cut to 40 characters
 * (counted as code points, so an emoji or accented letter is never split in half).
 */
export function normaliseSkillLabel(raw: string): string {
  const collapsed = raw.trim().replace(/\s+/gu, " ");
  return Array.from(collapsed).slice(0, maxExtraSkillLength).join("").trim();
}

/**
 * The id of a host's skill: the label without case, accents or punctuation, so near-identical
 * labels are one skill. Letters of every script are kept ("extra:縫合"); null when nothing is left.
 */
export function extraSkillId(label: string): string | null {
  const slug = normaliseSkillLabel(label)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? null : `${extraSkillPrefix}${slug}`;
}

/**
 * The skills offered for a kind of exchange: the built-in ones first, then the host's extras in
 * the host's order. Extras that are blank, repeat an earlier extra or repeat a built-in skill
 * ("Ward rounds" on a professional exchange) are dropped; at most 20 are kept.
 */
export function skillsFor(kind: ExchangeKind, hostExtras: readonly string[]): SkillOption[] {
  const builtIn = builtInSkills[kind];
  const seen = new Set<string>(builtIn.map(([id]) => id));
  const options: SkillOption[] = builtIn.map(([id, labelKey]) => ({ id, labelKey }));
  let extras = 0;
  for (const raw of hostExtras) {
    if (extras >= maxExtraSkills) break;
    // The list comes from a shared document; skip anything that is not text.
    if (typeof raw !== "string") continue;
    const id = extraSkillId(raw);
    if (id === null) continue;
    const slug = id.slice(extraSkillPrefix.length);
    if (seen.has(slug)) continue;
    seen.add(slug);
    options.push({ id, label: normaliseSkillLabel(raw) });
    extras += 1;
  }
  return options;
}
