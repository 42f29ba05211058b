import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import type { SessionRecord } from "../db/schema";
import type { ExchangeDetails } from "./exchange-details";
import type { StudentLogbookData } from "./student-document";

const orDash = (...parts: (string | undefined)[]) => parts.filter((part) => part && part.trim() !== "").join(" · ") || "—";

/** The paper logbook's cover: who, from where, where to, when, and whom to call. */
export function PrintoutCover(props: { session: SessionRecord; details: ExchangeDetails | null; cover: StudentLogbookData["cover"] }) {
  const { t, formatDate } = useI18n();
  const exchange = () => props.session.exchange;
  const studies = () => props.details?.student;
  const facts = (): [MessageKey, string][] => [
    ["print.cover.student", orDash(props.cover.studentName || exchange()?.studentName)],
    ["print.cover.level", orDash(props.cover.levelOfStudies || studies()?.levelOfStudies)],
    ["print.cover.university", orDash(props.cover.university || studies()?.university)],
    ["print.cover.homeNmo", orDash(props.cover.homeNmo || studies()?.homeNmo, props.cover.homeCountry || studies()?.homeCountry)],
    ["print.cover.hostNmo", orDash(props.cover.hostNmo, props.cover.hostCountry)],
    ["print.cover.committee", orDash(props.details?.committeeName)],
    ["print.cover.host", orDash(props.cover.hostInstitution || props.details?.hostInstitution, props.details?.department)],
    ["print.cover.project", orDash(exchange()?.projectTitle)],
    ["print.cover.tutor", orDash(exchange()?.tutorName)],
    [
      "print.cover.period",
      exchange() ? t("print.cover.periodValue", { start: formatDate(exchange()!.startDate, "date"), end: formatDate(exchange()!.endDate, "date") }) : "—",
    ],
  ];
  return (
    <section class="print-section" aria-labelledby="print-cover">
      <h2 id="print-cover">{t("print.cover.title")}</h2>
      <dl class="facts">
        <For each={facts()}>
          {([label, value]) => (
            <>
              <dt>{t(label)}</dt>
              <dd>{value}</dd>
            </>
          )}
        </For>
        <For each={props.details?.officers ?? []}>
          {(officer) => (
            <>
              <dt>{t("print.cover.officer")}</dt>
              <dd>{orDash(officer.name, officer.email)}</dd>
            </>
          )}
        </For>
        <Show when={props.details?.contact}>
          {(contact) => (
            <>
              <dt>{t("print.cover.contact")}</dt>
              <dd>{orDash(contact().name, contact().email, contact().phone)}</dd>
            </>
          )}
        </Show>
      </dl>
    </section>
  );
}
