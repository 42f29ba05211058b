import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { TextField } from "../ui/text-field";
import { ratingScale, type FinalPartData, type FinalPartSpec } from "./final-parts";
import "./evaluation.css";

export const criterionLabel = (criterion: string) => `evaluation.criterion.${criterion}` as MessageKey;
export const answerLabel = (field: string) => `evaluation.text.${field}` as MessageKey;

/** The person's own part: each criterion as a group of five radio buttons, then the answers. */
export function FinalPartForm(props: {
  idPrefix: string;
  spec: FinalPartSpec;
  data: FinalPartData;
  onRating: (criterion: string, rating: number) => void;
  onText: (field: string, text: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <p class="hint">{t("evaluation.scale")}</p>
      <For each={props.spec.criteria}>
        {(criterion) => (
          <fieldset class="rating-row">
            <legend>{t(criterionLabel(criterion))}</legend>
            <For each={ratingScale}>
              {(rating) => (
                <label>
                  <input
                    type="radio"
                    name={`${props.idPrefix}-${criterion}`}
                    value={rating}
                    checked={props.data.ratings[criterion] === rating}
                    onChange={() => props.onRating(criterion, rating)}
                  />
                  {t(`evaluation.rating.${rating}` as MessageKey)}
                </label>
              )}
            </For>
          </fieldset>
        )}
      </For>
      <For each={props.spec.texts}>
        {(field) => (
          <TextField
            id={`${props.idPrefix}-${field}`}
            label={`${t(answerLabel(field))}${props.spec.requiredTexts.includes(field) ? ` ${t("evaluation.required")}` : ""}`}
            required={props.spec.requiredTexts.includes(field)}
            multiline
            value={props.data.texts[field] ?? ""}
            onInput={(text) => props.onText(field, text)}
          />
        )}
      </For>
      <p class="hint">{t("evaluation.savedAsYouType")}</p>
    </>
  );
}

/** A part, read-only: ratings and answers as a description list. */
export function FinalPartView(props: { spec: FinalPartSpec; data: FinalPartData }) {
  const { t } = useI18n();
  const written = () => props.spec.texts.filter((field) => (props.data.texts[field] ?? "").trim() !== "");
  return (
    <Show when={Object.keys(props.data.ratings).length > 0 || written().length > 0} fallback={<p>{t("evaluation.otherPart.empty")}</p>}>
      <dl class="part-view">
        <For each={props.spec.criteria}>
          {(criterion) => (
            <>
              <dt>{t(criterionLabel(criterion))}</dt>
              <dd>{props.data.ratings[criterion] ? t("evaluation.rating", { rating: props.data.ratings[criterion] as number }) : t("evaluation.notRated")}</dd>
            </>
          )}
        </For>
        <For each={written()}>
          {(field) => (
            <>
              <dt>{t(answerLabel(field))}</dt>
              <dd>{props.data.texts[field]}</dd>
            </>
          )}
        </For>
      </dl>
    </Show>
  );
}
