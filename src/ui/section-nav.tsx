import { A } from "@solidjs/router";
import { For } from "solid-js";
import "./section-nav.css";

export interface NavSection {
  /** Below `base`; "" is the role's home, matched exactly. */
  path: string;
  label: string;
}

/** A role's sections as pill links, all in view: on a phone they wrap rather than scroll sideways. */
export function SectionNav(props: { label: string; base: string; sections: readonly NavSection[] }) {
  return (
    <nav class="section-nav" aria-label={props.label}>
      <ul>
        <For each={props.sections}>
          {(section) => (
            <li>
              <A href={`${props.base}${section.path}`} end={section.path === ""}>
                {section.label}
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
