import { Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { LastEdit } from "./student-document";

/** "Last changed by Sam · Android phone, 21 Jul, 18:02": who touched an entry, and when. */
export function LastEditNote(props: { edit: LastEdit | null }) {
  const { t, locale } = useI18n();
  const when = (at: number) => new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(at);
  return (
    <Show when={props.edit}>
      {(edit) => <p class="edited">{t("student.lastEdit", { who: edit().by, when: when(edit().at) })}</p>}
    </Show>
  );
}
