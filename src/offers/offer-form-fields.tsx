// The project form's fields, bound to the tutor's draft. Each change goes to the store, which
// keeps it on the device at once.
import { For, Index } from "solid-js";
import { TextField } from "../ui/text-field";
import { researchSkillIds, type OfferForm, type OfferProblems } from "./offer-form";
import { useOffersMessages, type OffersMessageKey } from "./offers-messages";

export function OfferFormFields(props: { form: OfferForm; problems: OfferProblems; edit: (change: (form: OfferForm) => void) => void }) {
  const t = useOffersMessages();
  const problem = (field: string) => {
    const code = props.problems[field];
    return code ? t(`problem.${code}` as OffersMessageKey) : null;
  };
  const text = (field: "projectTitle" | "department" | "hostInstitution" | "description" | "requirements" | "periods", label: OffersMessageKey, multiline = false, hint?: string) => (
    <TextField id={`offer-${field}`} label={t(label)} value={props.form[field]} multiline={multiline} hint={hint} error={problem(field)} onInput={(value) => props.edit((form) => void (form[field] = value))} />
  );
  const number = (field: "durationWeeks" | "places", label: OffersMessageKey, min: number, max: number) => (
    <div class="field" classList={{ "has-error": Boolean(problem(field)) }}>
      <label for={`offer-${field}`}>{t(label)}</label>
      <input
        id={`offer-${field}`}
        type="number"
        min={min}
        max={max}
        value={props.form[field]}
        onInput={(event) => props.edit((form) => void (form[field] = Number(event.currentTarget.value)))}
      />
    </div>
  );
  return (
    <>
      <fieldset>
        <legend>{t("form.kind")}</legend>
        <For each={["research", "professional"] as const}>
          {(kind) => (
            <label class="inline">
              <input type="radio" name="offer-kind" checked={props.form.kind === kind} onChange={() => props.edit((form) => void (form.kind = kind))} />
              {t(`form.kind.${kind}`)}
            </label>
          )}
        </For>
      </fieldset>
      {text("projectTitle", "form.projectTitle")}
      {text("department", "form.department")}
      {text("hostInstitution", "form.hostInstitution")}
      {text("description", "form.description", true)}
      {text("requirements", "form.requirements", true)}
      <fieldset>
        <legend>{t("form.skills")}</legend>
        <For each={researchSkillIds}>
          {(skill) => (
            <label class="inline">
              <input
                type="checkbox"
                checked={props.form.skills.includes(skill)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  props.edit((form) => void (form.skills = on ? [...form.skills.filter((s) => s !== skill), skill] : form.skills.filter((s) => s !== skill)));
                }}
              />
              {t(`skill.${skill}`)}
            </label>
          )}
        </For>
      </fieldset>
      {text("periods", "form.periods", false, t("form.periodsHint"))}
      {number("durationWeeks", "form.durationWeeks", 4, 8)}
      {number("places", "form.places", 1, 10)}
      <fieldset>
        <legend>{t("form.papers")}</legend>
        <Index each={props.form.preparationPapers}>
          {(paper, index) => (
            <fieldset class="paper">
              <legend>{t("form.paper", { number: index + 1 })}</legend>
              <TextField
                id={`offer-paper-${index}-title`}
                label={t("form.paperTitle")}
                value={paper().title}
                error={problem(`preparationPapers.${index}.title`)}
                onInput={(value) => props.edit((form) => void (form.preparationPapers[index]!.title = value))}
              />
              <TextField
                id={`offer-paper-${index}-url`}
                label={t("form.paperUrl")}
                type="url"
                value={paper().url}
                error={problem(`preparationPapers.${index}.url`)}
                onInput={(value) => props.edit((form) => void (form.preparationPapers[index]!.url = value))}
              />
              <button type="button" onClick={() => props.edit((form) => void form.preparationPapers.splice(index, 1))}>
                {t("form.removePaper", { number: index + 1 })}
              </button>
            </fieldset>
          )}
        </Index>
        <button type="button" onClick={() => props.edit((form) => void form.preparationPapers.push({ title: "", url: "" }))}>
          {t("form.addPaper")}
        </button>
      </fieldset>
      <label class="inline">
        <input type="checkbox" checked={props.form.videoCallFirst} onChange={(event) => {
          const on = event.currentTarget.checked;
          props.edit((form) => void (form.videoCallFirst = on));
        }} />
        {t("form.videoCallFirst")}
      </label>
    </>
  );
}
