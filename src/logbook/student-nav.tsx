import { A } from "@solidjs/router";
import { For } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { useStudentScreen } from "./student-context";

const sections: { path: string; label: MessageKey }[] = [
  { path: "", label: "student.nav.today" },
  { path: "/days", label: "student.nav.days" },
  { path: "/attendance", label: "student.nav.attendance" },
  { path: "/appraisals", label: "student.nav.appraisals" },
  { path: "/about", label: "student.nav.about" },
  { path: "/export", label: "student.nav.export" },
];

/** The student's sections; on a phone it scrolls sideways rather than wrapping into a wall. */
export function StudentNav() {
  const { t } = useI18n();
  const screen = useStudentScreen();
  return (
    <nav class="section-nav" aria-label={t("student.nav.label")}>
      <ul>
        <For each={sections}>
          {(section) => (
            <li>
              <A href={`${screen.base}${section.path}`} end={section.path === ""}>
                {t(section.label)}
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
