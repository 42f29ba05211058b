import { Show } from "solid-js";
import { AlertDialog } from "../ui/dialog";
import { useI18n } from "./i18n/i18n-context";
import { useLocalSave } from "./local-save-store";

/** Blocks the app while the last change is not on disk: typing on would only lose more. */
export function LocalWriteFailureDialog() {
  const { t } = useI18n();
  const localSave = useLocalSave();
  const explanation = () => {
    const failure = localSave.failure();
    if (!failure) return "";
    if (failure.kind === "quota") return t("error.localWrite.quota");
    if (failure.kind === "blocked") return t("error.localWrite.blocked");
    return t("error.localWrite.other", { message: failure.message });
  };
  return (
    <Show when={localSave.failure()}>
      <AlertDialog titleId="local-write-failure-title" descriptionId="local-write-failure-text">
        <h2 id="local-write-failure-title">{t("error.localWrite.title")}</h2>
        <p id="local-write-failure-text">{explanation()}</p>
        <div class="actions">
          <button type="button" class="primary" onClick={() => void localSave.retry()}>
            {t("error.localWrite.retry")}
          </button>
          <button type="button" onClick={() => localSave.dismiss()}>
            {t("error.localWrite.dismiss")}
          </button>
        </div>
      </AlertDialog>
    </Show>
  );
}
