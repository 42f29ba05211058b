import { Show, type JSX } from "solid-js";
import "./forms.css";

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: "text" | "email" | "date" | "time" | "url" | "tel";
  multiline?: boolean;
  required?: boolean;
  hint?: string;
  /** Shown under the field and read with it (aria-describedby), so a screen reader hears it on focus. */
  error?: string | null;
  autocomplete?: JSX.HTMLAutocomplete;
  inputMode?: JSX.HTMLAttributes<HTMLInputElement>["inputMode"];
}

/** A labelled text input or textarea with its hint and error linked to it. */
export function TextField(props: TextFieldProps) {
  const describedBy = () => [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = () => ({
    id: props.id,
    "aria-describedby": describedBy(),
    "aria-invalid": props.error ? ("true" as const) : undefined,
    "aria-required": props.required ? ("true" as const) : undefined,
  });
  return (
    <div class="field" classList={{ "has-error": Boolean(props.error) }}>
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      </Show>
      <Show
        when={props.multiline}
        fallback={
          <input
            {...common()}
            type={props.type ?? "text"}
            value={props.value}
            autocomplete={props.autocomplete}
            inputMode={props.inputMode}
            onInput={(event) => props.onInput(event.currentTarget.value)}
          />
        }
      >
        <textarea {...common()} value={props.value} onInput={(event) => props.onInput(event.currentTarget.value)} />
      </Show>
    </div>
  );
}
