import { createSignal, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { TextField } from "../ui/text-field";

/**
 * Cancelling needs a reason, asked for in place: the toggle opens the form and focus goes to
 * the reason; closing it brings focus back to the toggle.
 */
export function CancelPanel(props: { disabled: boolean; onCancel: (reason: string) => Promise<void> }) {
  const { t } = useI18n();
  const [open, setOpen] = createSignal(false);
  const [reason, setReason] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let toggle!: HTMLButtonElement;

  const show = (value: boolean) => {
    setOpen(value);
    setError(null);
    queueMicrotask(() => (value ? document.getElementById("cancel-reason")?.focus() : toggle.focus()));
  };
  const confirm = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!reason().trim()) {
      setError(t("cancel.reasonRequired"));
      return document.getElementById("cancel-reason")?.focus();
    }
    setBusy(true);
    try {
      await props.onCancel(reason().trim());
      setOpen(false);
    } catch (caught) {
      setError(caught instanceof Error && caught.message ? caught.message : t("exchanges.unreachable"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="cancel-heading">
      <h2 id="cancel-heading">{t("cancel.title")}</h2>
      <p class="hint">{t("cancel.explain")}</p>
      <button ref={toggle} type="button" class="danger" aria-expanded={open()} aria-controls="cancel-form" disabled={props.disabled} onClick={() => show(!open())}>
        {t("cancel.open")}
      </button>
      <Show when={open()}>
        <form id="cancel-form" class="card" noValidate onSubmit={(event) => void confirm(event)}>
          <TextField id="cancel-reason" label={t("cancel.reason")} hint={t("cancel.reasonHint")} multiline required value={reason()} onInput={setReason} error={error()} />
          <div class="actions">
            <button type="submit" class="danger" disabled={busy()}>
              {t("cancel.confirm")}
            </button>
            <button type="button" onClick={() => show(false)}>
              {t("cancel.keep")}
            </button>
          </div>
        </form>
      </Show>
    </section>
  );
}
