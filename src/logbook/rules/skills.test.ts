import { describe, expect, it } from "vitest";
import { extraSkillId, maxExtraSkillLength, maxExtraSkills, normaliseSkillLabel, skillsFor, type SkillOption } from "./skills";

const extrasOf = (options: SkillOption[]) => options.filter((option) => option.id.startsWith("extra:"));

describe("skillsFor: built-in skills", () => {
  it("offers the research (SCORE) skills", () => {
    expect(skillsFor("research", [])).toEqual([
      { id: "literature-study", labelKey: "skill.literatureStudy" },
      { id: "data-collection", labelKey: "skill.dataCollection" },
      { id: "scientific-writing", labelKey: "skill.scientificWriting" },
      { id: "lab-work", labelKey: "skill.labWork" },
      { id: "statistics", labelKey: "skill.statistics" },
      { id: "ethics", labelKey: "skill.ethics" },
    ]);
  });

  it("offers the professional (SCOPE) clinical activities", () => {
    expect(skillsFor("professional", []).map((option) => option.id)).toEqual([
      "history-taking",
      "physical-examination",
      "procedures-observed",
      "procedures-assisted",
      "ward-rounds",
      "theatre",
      "outpatient-clinic",
      "case-presentation",
    ]);
  });

  it("uses unique kebab-case ids and skill.* keys, never a literal label", () => {
    const all = [...skillsFor("research", []), ...skillsFor("professional", [])];
    expect(new Set(all.map((option) => option.id)).size).toBe(all.length);
    expect(new Set(all.map((option) => option.labelKey)).size).toBe(all.length);
    for (const option of all) {
      expect(option.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(option.labelKey).toMatch(/^skill\.[a-z][A-Za-z]+$/);
      expect(option.label).toBeUndefined();
    }
  });

  it("hands out fresh objects, so a caller cannot change the next answer", () => {
    const first = skillsFor("research", []);
    first[0] = { id: "changed", labelKey: "skill.changed" };
    first.push({ id: "extra:x", label: "x" });
    expect(skillsFor("research", [])[0]).toEqual({ id: "literature-study", labelKey: "skill.literatureStudy" });
    expect(skillsFor("research", [])).toHaveLength(6);
  });
});

describe("skillsFor: host extras", () => {
  it("adds them after the built-in ones, trimmed, in the host's order", () => {
    const options = skillsFor("professional", ["  Suturing ", "Ultrasound  basics", "ECG reading"]);
    expect(options.slice(0, 8).every((option) => option.labelKey !== undefined)).toBe(true);
    expect(options.slice(8)).toEqual([
      { id: "extra:suturing", label: "Suturing" },
      { id: "extra:ultrasound-basics", label: "Ultrasound basics" },
      { id: "extra:ecg-reading", label: "ECG reading" },
    ]);
  });

  it("keeps the first of labels that differ only in case, spacing, accents or punctuation", () => {
    const extras = extrasOf(skillsFor("research", ["Suturing", "suturing", " SUTURING ", "Sutúring!", "Cell culture", "cell-culture"]));
    expect(extras).toEqual([
      { id: "extra:suturing", label: "Suturing" },
      { id: "extra:cell-culture", label: "Cell culture" },
    ]);
  });

  it("drops an extra that repeats a built-in skill of the same kind only", () => {
    expect(extrasOf(skillsFor("professional", ["Ward rounds", "Theatre", "Theatre (operating room)"]))).toEqual([
      { id: "extra:theatre-operating-room", label: "Theatre (operating room)" },
    ]);
    expect(extrasOf(skillsFor("research", ["Ward rounds", "Lab work"]))).toEqual([{ id: "extra:ward-rounds", label: "Ward rounds" }]);
  });

  it("drops blank, punctuation-only and non-text extras", () => {
    const hostile = ["", "   ", "!!!", "—", 42, null, { label: "x" }, "Biopsy"] as unknown as string[];
    expect(extrasOf(skillsFor("research", hostile))).toEqual([{ id: "extra:biopsy", label: "Biopsy" }]);
  });

  it("cuts labels to 40 characters without splitting a character", () => {
    const long = "Advanced cardiac life support simulation training";
    const [option] = extrasOf(skillsFor("professional", [long]));
    expect(option?.label).toBe("Advanced cardiac life support simulation");
    expect(option?.label).toHaveLength(maxExtraSkillLength);
    const emoji = `${"a".repeat(39)}🩺🩺`;
    expect(normaliseSkillLabel(emoji)).toBe(`${"a".repeat(39)}🩺`);
  });

  it("does not leave a trailing space where the cut falls", () => {
    expect(normaliseSkillLabel(`${"a".repeat(39)} bcd`)).toBe("a".repeat(39));
  });

  it("keeps at most 20 extras, counting only the ones kept", () => {
    const labels = ["Skill 1", "skill 1", "", ...Array.from({ length: 25 }, (_, index) => `Skill ${index + 2}`)];
    const extras = extrasOf(skillsFor("research", labels));
    expect(extras).toHaveLength(maxExtraSkills);
    expect(extras[0]).toEqual({ id: "extra:skill-1", label: "Skill 1" });
    expect(extras.at(-1)).toEqual({ id: "extra:skill-20", label: "Skill 20" });
  });

  it("keeps letters of every script", () => {
    expect(extrasOf(skillsFor("professional", ["縫合", "Эхокардиография", "Ñandú"]))).toEqual([
      { id: "extra:縫合", label: "縫合" },
      { id: "extra:эхокардиография", label: "Эхокардиография" },
      { id: "extra:nandu", label: "Ñandú" },
    ]);
  });
});

describe("extraSkillId", () => {
  it("is the same for the same label on every device", () => {
    expect(extraSkillId("Lumbar  puncture")).toBe("extra:lumbar-puncture");
    expect(extraSkillId(" lumbar puncture ")).toBe("extra:lumbar-puncture");
    expect(extraSkillId("Lumbar-Puncture.")).toBe("extra:lumbar-puncture");
  });

  it("is null when no letter or digit is left", () => {
    expect(extraSkillId(" -- ")).toBeNull();
    expect(extraSkillId("")).toBeNull();
  });
});
