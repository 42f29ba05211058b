import { Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { describeDevice } from "../session/device-name";
import type { LastEdit } from "./student-document";
import { editAuthor } from "./edit-stamp";
import { useDeviceTag } from "./device-tag-store";

/**
 * "Last changed by you on this phone, 21 Jul, 18:02", "… by you on your iOS phone, …" or "… by
 * Dr. Ana Tutor · Mac computer, …": who touched an entry, as `viewerId` reads it, and when.
 */
export function LastEditNote(props: { edit: LastEdit | null; viewerId: string }) {
  const { t, formatTime } = useI18n();
  const device = useDeviceTag();
  const here = describeDevice().endsWith("phone") ? "student.lastEdit.youOnThisPhone" : "student.lastEdit.youOnThisComputer";
  const sentence = (edit: LastEdit) => {
    const when = formatTime(edit.at, "dateTimeShort");
    const author = editAuthor(edit, { personId: props.viewerId, device: device() ?? "" });
    if (author.kind === "you-here") return t(here, { when });
    if (author.kind === "you-elsewhere") return t("student.lastEdit.youElsewhere", { device: author.device, when });
    return t("student.lastEdit", { who: author.name, when });
  };
  return <Show when={props.edit}>{(edit) => <p class="edited">{sentence(edit())}</p>}</Show>;
}
