import { Show } from "solid-js";
import "./review.css";

/**
 * What the tutor wrote, shown read-only on the student's screens; nothing while it is empty.
 * `within`: the id of the heading of what it belongs to, so that several on one page are named
 * apart ("Your tutor's assessment Mid-exchange appraisal").
 */
export function TutorFeedback(props: { id: string; heading: string; text: string | undefined; within?: string }) {
  return (
    <Show when={props.text?.trim()}>
      <section class="card from-tutor" aria-labelledby={props.within ? `${props.id} ${props.within}` : props.id}>
        <h2 id={props.id}>{props.heading}</h2>
        <p class="prewrap">{props.text}</p>
      </section>
    </Show>
  );
}
