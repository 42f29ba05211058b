import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { ExchangeDetails } from "./exchange-details";

/**
 * What the tutor asks of the student before arrival, from the project form: papers to read, a
 * video call first, the project's requirements. The student reads it as a to-do, the tutor as
 * what they asked for; it shows only when there is something in it, and offline from the copy
 * of the exchange's details kept on the device.
 */
export function PreparationCard(props: { details: ExchangeDetails | null | undefined; audience: "student" | "tutor" }) {
  const { t } = useI18n();
  const papers = () => props.details?.preparationPapers ?? [];
  const requirements = () => props.details?.requirements?.trim() ?? "";
  const videoCall = () => props.details?.videoCallFirst === true;
  const id = () => `preparation-${props.audience}`;
  return (
    <Show when={papers().length > 0 || requirements() || videoCall()}>
      <section class="card" aria-labelledby={`${id()}-heading`}>
        <h2 id={`${id()}-heading`}>{t(`preparation.title.${props.audience}` as const)}</h2>
        <Show when={videoCall()}>
          <p>{t(`preparation.videoCall.${props.audience}` as const)}</p>
        </Show>
        <Show when={papers().length > 0}>
          <h3 id={`${id()}-papers`}>{t(`preparation.papers.${props.audience}` as const)}</h3>
          <ul aria-labelledby={`${id()}-papers`}>
            <For each={papers()}>
              {(paper) => (
                <li>
                  <Show when={paper.url} fallback={paper.title}>
                    <a href={paper.url} rel="noreferrer" target="_blank">
                      {paper.title}
                    </a>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={requirements()}>
          <h3>{t("preparation.requirements")}</h3>
          <p class="prewrap">{requirements()}</p>
        </Show>
      </section>
    </Show>
  );
}
