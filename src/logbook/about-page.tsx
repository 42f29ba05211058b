import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { StudentScreen, useStudentScreen } from "./student-context";
import { StudentNav } from "./student-nav";
import { useTutorDocumentReader } from "../review/tutor-document-reader";
import { useExchangeDetails } from "./exchange-details-store";
import type { MessageKey } from "../app/i18n/locales";
import { PreparationCard } from "./preparation-card";
import "./student.css";

/** The cover of the paper logbook: what the student fills in about themselves. */
const coverFields: { key: string; label: MessageKey; autocomplete?: string }[] = [
  { key: "studentName", label: "student.cover.name", autocomplete: "name" },
  { key: "levelOfStudies", label: "student.cover.level" },
  { key: "university", label: "student.cover.university", autocomplete: "organization" },
  { key: "homeNmo", label: "student.cover.homeNmo" },
  { key: "homeCountry", label: "student.cover.homeCountry", autocomplete: "country-name" },
  { key: "hostNmo", label: "student.cover.hostNmo" },
  { key: "hostCountry", label: "student.cover.hostCountry" },
  { key: "hostInstitution", label: "student.cover.hostInstitution" },
];

function About() {
  const { t } = useI18n();
  const screen = useStudentScreen();
  const tutor = useTutorDocumentReader(screen.session.exchangeId ?? "");
  // The description the officer typed from the tutor's project form.
  const details = useExchangeDetails(screen.session);
  return (
    <>
      <PageTitle>{t("student.about.title")}</PageTitle>
      <StudentNav />
      <section aria-labelledby="project-heading">
        <h2 id="project-heading">{t("student.about.project")}</h2>
        <Show when={details()?.description.trim() || tutor.projectDescription.trim()} fallback={<p>{t("student.about.projectEmpty")}</p>}>
          {(description) => <p class="prewrap">{description()}</p>}
        </Show>
      </section>
      <PreparationCard details={details()} audience="student" />
      <section aria-labelledby="expectations-heading">
        <h2 id="expectations-heading">{t("student.expectations")}</h2>
        <label for="expectations" class="visually-hidden">
          {t("student.expectations")}
        </label>
        <p class="hint" id="expectations-hint">
          {t("student.expectationsHint")}
        </p>
        <textarea
          id="expectations"
          aria-describedby="expectations-hint"
          value={screen.logbook.data.expectations}
          onInput={(event) => screen.logbook.setExpectations(event.currentTarget.value)}
        />
      </section>
      <section aria-labelledby="cover-heading">
        <h2 id="cover-heading">{t("student.cover.title")}</h2>
        <For each={coverFields}>
          {(field) => (
            <>
              <label for={`cover-${field.key}`}>{t(field.label)}</label>
              <input
                id={`cover-${field.key}`}
                autocomplete={field.autocomplete ?? "off"}
                value={screen.logbook.data.cover[field.key] ?? ""}
                onChange={(event) => screen.logbook.setCoverField(field.key, event.currentTarget.value.trim())}
              />
            </>
          )}
        </For>
      </section>
    </>
  );
}

export default function AboutPage() {
  return (
    <StudentScreen>
      <About />
    </StudentScreen>
  );
}
