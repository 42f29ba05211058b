// A screen's own dictionary follows the chosen language and the plural rules like `t` does.
import { describe, expect, it } from "vitest";
import { createRoot } from "solid-js";
import { I18nProvider } from "./i18n-context";
import { useScreenMessages } from "./screen-messages";

const english = { greeting: "Hello {name}", people: { one: "{count} person", other: "{count} people" } } as const;

function withI18n(locale: string, run: (t: ReturnType<typeof useScreenMessages<typeof english>>) => void) {
  createRoot((dispose) => {
    I18nProvider({
      initialLocale: locale,
      get children() {
        run(useScreenMessages(english, { fr: { greeting: "Bonjour {name}" } }));
        return null;
      },
    });
    dispose();
  });
}

describe("screen messages", () => {
  it("formats English with plurals and numbers", () => {
    withI18n("en", (t) => {
      expect(t("greeting", { name: "Ana" })).toBe("Hello Ana");
      expect(t("people", { count: 1 })).toBe("1 person");
      expect(t("people", { count: 1200 })).toBe("1,200 people");
    });
  });
  it("takes a translation where there is one and falls back to English", () => {
    withI18n("fr", (t) => {
      expect(t("greeting", { name: "Ana" })).toBe("Bonjour Ana");
      expect(t("people", { count: 2 })).toBe("2 people");
    });
  });
});
