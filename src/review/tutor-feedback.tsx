import { Show } from "solid-js";
import "./review.css";

/** What the tutor wrote, shown read-only on the student's screens; nothing while it is empty. */
export function TutorFeedback(props: { id: string; heading: string; text: string | undefined }) {
  return (
    <Show when={props.text?.trim()}>
      <section class="card from-tutor" aria-labelledby={props.id}>
        <h2 id={props.id}>{props.heading}</h2>
        <p class="prewrap">{props.text}</p>
      </section>
    </Show>
  );
}
