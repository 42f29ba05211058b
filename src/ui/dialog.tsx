import { onMount, type ParentProps } from "solid-js";

/**
 * A modal alert dialog built on <dialog>: the browser traps focus and marks the rest of the page
 * inert, which is what a blocking message needs.
 */
export function AlertDialog(props: ParentProps<{ titleId: string; descriptionId: string }>) {
  let dialog!: HTMLDialogElement;
  onMount(() => dialog.showModal());
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-labelledby={props.titleId}
      aria-describedby={props.descriptionId}
      onCancel={(event) => event.preventDefault()}
    >
      {props.children}
    </dialog>
  );
}
