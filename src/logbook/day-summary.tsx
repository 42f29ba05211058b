import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { dayTextFields, type DayEntryData } from "./student-document";

/** "data-collection" → "skill.dataCollection"; the host's extra skills ("extra:…") show as written. */
function skillLabel(id: string, t: (key: MessageKey) => string): string {
  if (id.startsWith("extra:")) return id.slice(6);
  return t(`skill.${id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}` as MessageKey);
}

/** One day's entry as read by someone else (the tutor) or printed: the texts written and the skills ticked. */
export function DaySummary(props: { day: DayEntryData }) {
  const { t } = useI18n();
  return (
    <>
      <For each={dayTextFields.filter((field) => props.day[field].trim() !== "")}>
        {(field) => (
          <p class="prewrap">
            <strong>{t(`student.day.${field}` as MessageKey)}:</strong> {props.day[field]}
          </p>
        )}
      </For>
      <Show when={props.day.skills.length > 0}>
        <p>
          <strong>{t("student.day.skills")}:</strong> {props.day.skills.map((id) => skillLabel(id, t)).join(", ")}
        </p>
      </Show>
    </>
  );
}
