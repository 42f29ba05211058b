import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { SectionNav } from "../ui/section-nav";
import { useTutorScreen } from "./tutor-context";

// "/evaluation" is the tutor's general evaluation of the student, a screen of its own domain.
const sections: { path: string; label: MessageKey }[] = [
  { path: "", label: "tutor.nav.weeks" },
  { path: "/appraisals", label: "tutor.nav.appraisals" },
  { path: "/evaluation", label: "tutor.nav.evaluation" },
];

/** The tutor's sections. */
export function TutorNav() {
  const { t } = useI18n();
  const screen = useTutorScreen();
  return <SectionNav label={t("tutor.nav.label")} base={screen.base} sections={sections.map((section) => ({ path: section.path, label: t(section.label) }))} />;
}
