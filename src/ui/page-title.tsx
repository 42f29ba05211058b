import { onMount, type ParentProps } from "solid-js";

/**
 * The page's one h1. It takes focus when the page opens so screen-reader users hear where a
 * client-side navigation took them, as they would on a full page load.
 */
export function PageTitle(props: ParentProps) {
  let heading!: HTMLHeadingElement;
  onMount(() => {
    document.title = heading.textContent ?? document.title;
    heading.focus({ preventScroll: true });
  });
  return (
    <h1 ref={heading} tabIndex={-1}>
      {props.children}
    </h1>
  );
}
