// The application's fields and files, for the public form and for the officer entering an
// application received another way. Wrong files are named before anything is sent; what the
// server refuses is shown at its field, with the server's message.
import { createSignal, For, Show } from "solid-js";
import { TextField } from "../ui/text-field";
import { readPdf } from "./public-offers-store";
import { OffersApiError } from "./offers-api";
import type { ApplicationFileKind } from "./application-form";
import { useOffersMessages, type OffersMessageKey } from "./offers-messages";
import "../ui/forms.css";
import "./offers.css";

const textFields: { key: string; label: OffersMessageKey; type?: "email"; autocomplete?: "name" | "email" | "organization" | "country-name" }[] = [
  { key: "name", label: "apply.name", autocomplete: "name" },
  { key: "email", label: "apply.email", type: "email", autocomplete: "email" },
  { key: "university", label: "apply.university", autocomplete: "organization" },
  { key: "levelOfStudies", label: "apply.level" },
  { key: "homeNmo", label: "apply.homeNmo" },
  { key: "homeCountry", label: "apply.homeCountry", autocomplete: "country-name" },
];

export type SendApplication = (fields: Record<string, string>, files: Partial<Record<ApplicationFileKind, string>>) => Promise<void>;

export function ApplicationFormView(props: { idPrefix: string; submitLabel: string; onSend: SendApplication }) {
  const t = useOffersMessages();
  const [values, setValues] = createSignal<Record<string, string>>({});
  const [files, setFiles] = createSignal<Partial<Record<ApplicationFileKind, string>>>({});
  const [problems, setProblems] = createSignal<Record<string, string>>({});
  const [error, setError] = createSignal("");
  const [sending, setSending] = createSignal(false);
  const id = (key: string) => `${props.idPrefix}-${key}`;
  const problem = (field: string) => {
    const code = problems()[field];
    return code ? t(`problem.${code}` as OffersMessageKey) : null;
  };
  const chooseFile = async (kind: ApplicationFileKind, file: File | undefined) => {
    const next = { ...problems() };
    delete next[kind];
    const rest = { ...files() };
    delete rest[kind];
    if (file) {
      const read = await readPdf(file);
      if ("problem" in read) next[kind] = read.problem;
      else rest[kind] = read.base64;
    }
    setProblems(next);
    setFiles(rest);
  };
  const send = async () => {
    if (Object.keys(problems()).some((key) => key === "cv" || key === "letter")) return setError(t("form.fixFields"));
    setSending(true);
    setError("");
    try {
      await props.onSend(values(), files());
    } catch (caught) {
      if (!(caught instanceof OffersApiError)) throw caught;
      setProblems(caught.field ? { [caught.field]: caught.code === "not-pdf" ? "notPdf" : caught.code === "file-too-large" ? "tooLarge" : "required" } : caught.fields);
      setError(caught.status === 0 ? t("applicants.offlineAction") : caught.message);
    } finally {
      setSending(false);
    }
  };
  return (
    <form
      class="apply-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <For each={textFields}>
        {(field) => (
          <TextField
            id={id(field.key)}
            label={t(field.label)}
            type={field.type}
            autocomplete={field.autocomplete}
            value={values()[field.key] ?? ""}
            error={problem(field.key)}
            onInput={(value) => setValues({ ...values(), [field.key]: value })}
          />
        )}
      </For>
      <TextField id={id("letterText")} label={t("apply.letterText")} hint={t("apply.letterHint")} multiline value={values().letterText ?? ""} error={problem("letterText")} onInput={(value) => setValues({ ...values(), letterText: value })} />
      <For each={["letter", "cv"] as const}>
        {(kind) => (
          <div class="field" classList={{ "has-error": Boolean(problem(kind)) }}>
            <label for={id(kind)}>{t(kind === "cv" ? "apply.cvPdf" : "apply.letterPdf")}</label>
            <Show when={problem(kind)}>
              <p class="field-error" id={`${id(kind)}-error`}>
                {problem(kind)}
              </p>
            </Show>
            <input
              id={id(kind)}
              type="file"
              accept="application/pdf,.pdf"
              aria-describedby={problem(kind) ? `${id(kind)}-error` : undefined}
              aria-invalid={problem(kind) ? "true" : undefined}
              onChange={(event) => void chooseFile(kind, event.currentTarget.files?.[0])}
            />
          </div>
        )}
      </For>
      <p role="alert">{error()}</p>
      <button type="submit" class="primary" disabled={sending()}>
        {sending() ? t("apply.sending") : props.submitLabel}
      </button>
    </form>
  );
}
