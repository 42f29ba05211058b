import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { SectionNav } from "../ui/section-nav";
import { useStudentScreen } from "./student-context";

const sections: { path: string; label: MessageKey }[] = [
  { path: "", label: "student.nav.today" },
  { path: "/days", label: "student.nav.days" },
  { path: "/attendance", label: "student.nav.attendance" },
  { path: "/appraisals", label: "student.nav.appraisals" },
  { path: "/evaluation", label: "student.nav.evaluation" },
  { path: "/about", label: "student.nav.about" },
  { path: "/arrival", label: "student.nav.arrival" },
  { path: "/export", label: "student.nav.export" },
];

/** The student's sections. */
export function StudentNav() {
  const { t } = useI18n();
  const screen = useStudentScreen();
  return <SectionNav label={t("student.nav.label")} base={screen.base} sections={sections.map((section) => ({ path: section.path, label: t(section.label) }))} />;
}
