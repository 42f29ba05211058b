import { createEffect, createSignal, For, on, Show, type JSX } from "solid-js";
import { createStore, produce, unwrap } from "solid-js/store";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { TextField, type TextFieldProps } from "../ui/text-field";
import { validateExchangeForm, type ExchangeForm, type FieldProblems } from "./exchange-form";
import { fieldId, problemMessage } from "./form-messages";
import { ExchangeFormSections } from "./exchange-form-sections";
import type { KnownContact } from "./known-contacts";

export type FieldOptions = Partial<Pick<TextFieldProps, "type" | "multiline" | "required" | "hint" | "autocomplete">>;

/** What the form's sections get: the draft, and a way to render one bound text field. */
export interface FormBinding {
  draft: ExchangeForm;
  update(change: (draft: ExchangeForm) => void): void;
  field(path: string, label: MessageKey, options?: FieldOptions): JSX.Element;
}

function readPath(form: ExchangeForm, path: string): string {
  const value = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], form);
  return typeof value === "string" ? value : "";
}

function writePath(form: ExchangeForm, path: string, value: string): void {
  const keys = path.split(".");
  const parent = keys.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], form) as Record<string, unknown>;
  parent[keys[keys.length - 1] as string] = value;
}

/**
 * The project form, for a new exchange and for editing one. It checks with the same rules as the
 * server; problems show at their fields (linked with aria-describedby), a summary is announced,
 * and focus moves to the first field to fix. Problems the server finds show the same way.
 */
export function ExchangeFormView(props: {
  initial: ExchangeForm;
  submitLabel: string;
  onSubmit: (form: ExchangeForm) => Promise<FieldProblems | null>;
  /** Every change the officer makes, as a plain copy (to keep the draft on the device). */
  onChange?: (form: ExchangeForm) => void;
  /** The committee's contact persons, to pick one instead of typing them. */
  knownContacts?: KnownContact[];
  children?: JSX.Element;
}) {
  const { t } = useI18n();
  // The form edits its own copy; the initial value is only where it starts.
  const [draft, setDraft] = createStore<ExchangeForm>(structuredClone(props.initial));
  const [problems, setProblems] = createSignal<FieldProblems>({});
  const [summary, setSummary] = createSignal<{ path: string; message: string }[]>([]);
  const [attempted, setAttempted] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  let form!: HTMLFormElement;

  const check = (): FieldProblems => {
    const result = validateExchangeForm(draft);
    return result.ok ? {} : result.problems;
  };
  // Serialising reads every field, so any change to any of them is seen.
  createEffect(on(() => JSON.stringify(draft), (typed) => props.onChange?.(JSON.parse(typed) as ExchangeForm), { defer: true }));
  // Once the officer has tried to save, problems update as they are fixed.
  createEffect(() => {
    if (attempted()) setProblems(check());
  });

  const messageOf = (path: string) => {
    const problem = problems()[path];
    return problem ? problemMessage(t, path, problem, draft) : null;
  };

  const showProblems = (found: FieldProblems) => {
    setProblems(found);
    setSummary(Object.entries(found).map(([path, problem]) => ({ path, message: problemMessage(t, path, problem, draft) })));
    // Fields in page order, whatever order the problems came in.
    queueMicrotask(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setAttempted(true);
    setFailure(null);
    const checked = validateExchangeForm(unwrap(draft));
    if (!checked.ok) return showProblems(checked.problems);
    setSummary([]);
    setBusy(true);
    try {
      const rejected = await props.onSubmit(checked.form);
      if (rejected) showProblems(rejected);
    } catch (caught) {
      setFailure(caught instanceof Error && caught.message ? caught.message : t("exchanges.unreachable"));
    } finally {
      setBusy(false);
    }
  };

  const binding: FormBinding = {
    draft,
    update: (change) => setDraft(produce(change)),
    field: (path, label, options = {}) => (
      <TextField
        id={fieldId(path)}
        label={t(label)}
        value={readPath(draft, path)}
        onInput={(value) => setDraft(produce((d) => writePath(d, path, value)))}
        error={messageOf(path)}
        {...options}
      />
    ),
  };

  return (
    <form ref={form} class="exchange-form" noValidate onSubmit={(event) => void submit(event)}>
      <Show when={summary().length > 0}>
        <div class="error-summary" role="alert">
          <h2>{t("exchangeForm.summaryTitle", { count: summary().length })}</h2>
          <ul>
            <For each={summary()}>
              {(item) => (
                <li>
                  <a
                    href={`#${fieldId(item.path)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(fieldId(item.path))?.focus();
                    }}
                  >
                    {item.message}
                  </a>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <ExchangeFormSections binding={binding} knownContacts={props.knownContacts} />
      <Show when={failure()}>
        <p class="error" role="alert">
          {failure()}
        </p>
      </Show>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy()}>
          {busy() ? t("exchanges.saving") : props.submitLabel}
        </button>
        {props.children}
      </div>
    </form>
  );
}
