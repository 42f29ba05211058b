import { For, Index, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { maxExchangeDays, minExchangeDays, periodDays, type ExchangeKind } from "./exchange-form";
import type { FormBinding } from "./exchange-form-view";
import { ContactPicker } from "./contact-picker";
import type { KnownContact } from "./known-contacts";

const kinds: { value: ExchangeKind; label: "exchangeForm.kindResearch" | "exchangeForm.kindProfessional" }[] = [
  { value: "research", label: "exchangeForm.kindResearch" },
  { value: "professional", label: "exchangeForm.kindProfessional" },
];

/** The project form's groups, in the order of IFMSA's paper project form. */
export function ExchangeFormSections(props: { binding: FormBinding; knownContacts?: KnownContact[] }) {
  const { t } = useI18n();
  const b = () => props.binding;
  const days = () => periodDays(b().draft.startDate, b().draft.endDate);
  const addPaper = () => {
    const newId = `xf-preparationPapers-${b().draft.preparationPapers.length}-title`;
    b().update((d) => void d.preparationPapers.push({ title: "", url: "" }));
    queueMicrotask(() => document.getElementById(newId)?.focus());
  };
  return (
    <>
      <fieldset>
        <legend>{t("exchangeForm.project")}</legend>
        <fieldset class="inline">
          <legend>{t("exchangeForm.kind")}</legend>
          <For each={kinds}>
            {(kind) => (
              <label class="inline">
                <input
                  type="radio"
                  name="kind"
                  value={kind.value}
                  checked={b().draft.kind === kind.value}
                  onChange={() => b().update((d) => void (d.kind = kind.value))}
                />
                {t(kind.label)}
              </label>
            )}
          </For>
        </fieldset>
        {b().field("projectTitle", "exchangeForm.projectTitle", { required: true })}
        {b().field("department", "exchangeForm.department")}
        {b().field("hostInstitution", "exchangeForm.hostInstitution", { required: true })}
        {b().field("description", "exchangeForm.description", { multiline: true })}
        {b().field("requirements", "exchangeForm.requirements", { multiline: true })}
        <label class="inline">
          <input type="checkbox" checked={b().draft.videoCallFirst} onChange={(event) => b().update((d) => void (d.videoCallFirst = event.currentTarget.checked))} />
          {t("exchangeForm.videoCallFirst")}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t("exchangeForm.papers")}</legend>
        <p class="hint">{t("exchangeForm.papersHint")}</p>
        <Index each={b().draft.preparationPapers}>
          {(_paper, index) => (
            <fieldset class="paper">
              <legend>{t("exchangeForm.paper", { number: index + 1 })}</legend>
              {b().field(`preparationPapers.${index}.title`, "exchangeForm.paperTitle", { required: true })}
              {b().field(`preparationPapers.${index}.url`, "exchangeForm.paperUrl", { type: "url", hint: t("exchangeForm.paperUrlHint") })}
              <button type="button" onClick={() => b().update((d) => void d.preparationPapers.splice(index, 1))}>
                {t("exchangeForm.removePaper", { number: index + 1 })}
              </button>
            </fieldset>
          )}
        </Index>
        <button type="button" onClick={addPaper}>
          {t("exchangeForm.addPaper")}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t("exchangeForm.tutor")}</legend>
        {b().field("tutor.name", "exchangeForm.tutorName", { required: true, autocomplete: "off" })}
        {b().field("tutor.email", "exchangeForm.tutorEmail", { type: "email", required: true, autocomplete: "off" })}
      </fieldset>

      <fieldset>
        <legend>{t("exchangeForm.student")}</legend>
        {b().field("student.name", "exchangeForm.studentName", { required: true, autocomplete: "off" })}
        {b().field("student.email", "exchangeForm.studentEmail", { type: "email", required: true, autocomplete: "off" })}
        {b().field("student.levelOfStudies", "exchangeForm.levelOfStudies", { hint: t("exchangeForm.levelOfStudiesHint") })}
        {b().field("student.university", "exchangeForm.university")}
        {b().field("student.homeNmo", "exchangeForm.homeNmo")}
        {b().field("student.homeCountry", "exchangeForm.homeCountry")}
      </fieldset>

      <fieldset>
        <legend>{t("exchangeForm.period")}</legend>
        <p class="hint" id="period-hint">
          {t("exchangeForm.periodHint", { min: minExchangeDays, max: maxExchangeDays })}
        </p>
        {b().field("startDate", "exchangeForm.startDate", { type: "date", required: true })}
        {b().field("endDate", "exchangeForm.endDate", { type: "date", required: true })}
        <Show when={(days() ?? 0) > 0}>
          <p class="hint" aria-live="polite">
            {t("exchangeForm.periodDays", { days: days() ?? 0 })}
          </p>
        </Show>
      </fieldset>

      <fieldset>
        <legend>{t("exchangeForm.contact")}</legend>
        <ContactPicker contacts={props.knownContacts ?? []} onPick={(contact) => b().update((d) => void (d.contact = { ...contact }))} />
        {b().field("contact.name", "exchangeForm.contactName", { required: true, autocomplete: "off" })}
        {b().field("contact.email", "exchangeForm.contactEmail", { type: "email", required: true, autocomplete: "off" })}
        {b().field("contact.phone", "exchangeForm.contactPhone", { type: "tel", autocomplete: "off" })}
      </fieldset>
    </>
  );
}
