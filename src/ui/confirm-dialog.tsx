import { onMount, type JSX } from "solid-js";

/**
 * Asks before something that cannot be undone, as a modal <dialog>: the browser keeps focus
 * inside and gives it back to the button that opened it when it closes. Focus starts on the
 * safe choice; Escape is the same as it.
 */
export function ConfirmDialog(props: {
  id: string;
  title: string;
  children: JSX.Element;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  let dialog!: HTMLDialogElement;
  let keep!: HTMLButtonElement;
  onMount(() => {
    dialog.showModal();
    keep.focus();
  });
  const close = (confirmed: boolean) => {
    dialog.close();
    if (confirmed) props.onConfirm();
    else props.onCancel();
  };
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-labelledby={`${props.id}-title`}
      aria-describedby={`${props.id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        close(false);
      }}
    >
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <div id={`${props.id}-text`}>{props.children}</div>
      <div class="actions">
        <button type="button" class="danger" onClick={() => close(true)}>
          {props.confirmLabel}
        </button>
        <button ref={keep} type="button" onClick={() => close(false)}>
          {props.cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
