// One applicant as the tutor reads them: who they are, the letter as plain text (never HTML),
// the PDFs as downloads, the video-call request and the choice.
import { createSignal, For, Index, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { downloadFile } from "../ui/download-file";
import type { ApplicationView } from "./offers-api";
import type { ApplicantsStore } from "./applicants-store";
import type { ApplicationFileKind } from "./application-form";
import { useOffersMessages } from "./offers-messages";

export function ApplicantCard(props: { application: ApplicationView; store: ApplicantsStore; canChoose: boolean }) {
  const t = useOffersMessages();
  const { formatTime } = useI18n();
  const [message, setMessage] = createSignal("");
  const [slots, setSlots] = createSignal(["", "", ""]);
  const fields = () => props.application.fields;
  const headingId = () => `applicant-${props.application.id}`;
  const open = async (kind: ApplicationFileKind) => {
    const bytes = await props.store.file(props.application.id, kind);
    if (!bytes) return setMessage(t("applicants.fileOffline"));
    setMessage("");
    downloadFile(`${kind === "cv" ? "cv" : "motivation-letter"}-${props.application.id}.pdf`, bytes, "application/pdf");
  };
  const proposeCall = async () => {
    const chosen = slots().filter(Boolean).map((value) => new Date(value).toISOString());
    if (chosen.length === 0 || chosen.some((slot) => Date.parse(slot) < Date.now())) return setMessage(t("applicants.badSlots"));
    try {
      await props.store.requestCall(props.application.id, chosen);
      setMessage("");
    } catch {
      setMessage(t("applicants.offlineAction"));
    }
  };
  const downloadIcs = async () => {
    try {
      downloadFile("video-call.ics", await props.store.icsBytes(props.application.id), "text/calendar");
    } catch {
      setMessage(t("applicants.offlineAction"));
    }
  };
  const choose = async () => {
    try {
      await props.store.choose({ applicationId: props.application.id });
    } catch {
      setMessage(t("applicants.offlineAction"));
    }
  };
  return (
    <li aria-labelledby={headingId()}>
      <h2 id={headingId()}>{fields().name}</h2>
      <Show when={props.application.chosen}>
        <p class="notice">{t("applicants.chosen")}</p>
      </Show>
      <p>{t("applicants.from", { university: fields().university, level: fields().levelOfStudies, nmo: fields().homeNmo, country: fields().homeCountry })}</p>
      <p>{fields().email}</p>
      <Show when={fields().letterText}>
        <h3>{t("applicants.letter")}</h3>
        <p class="letter">{fields().letterText}</p>
      </Show>
      <div class="actions">
        <For each={props.application.files}>
          {(kind) => (
            <button type="button" onClick={() => void open(kind)}>
              {t(kind === "cv" ? "applicants.cvPdf" : "applicants.letterPdf")}
            </button>
          )}
        </For>
      </div>
      <Show
        when={props.application.call}
        fallback={
          <Show when={props.canChoose}>
            <fieldset>
              <legend>{t("applicants.askCall")}</legend>
              <Index each={slots()}>
                {(value, index) => (
                  <div class="field">
                    <label for={`${headingId()}-slot-${index}`}>{t("applicants.slot", { number: index + 1 })}</label>
                    <input
                      id={`${headingId()}-slot-${index}`}
                      type="datetime-local"
                      value={value()}
                      onInput={(event) => {
                        const next = [...slots()];
                        next[index] = event.currentTarget.value;
                        setSlots(next);
                      }}
                    />
                  </div>
                )}
              </Index>
              <button type="button" onClick={() => void proposeCall()}>
                {t("applicants.sendCall")}
              </button>
            </fieldset>
          </Show>
        }
      >
        {(call) => (
          <Show when={call().picked} fallback={<p>{t("applicants.callAsked", { count: call().slots.length })}</p>}>
            {(picked) => (
              <>
                <p>{t("applicants.callPicked", { when: formatTime(Date.parse(picked()), "dateTime") })}</p>
                <button type="button" onClick={() => void downloadIcs()}>
                  {t("applicants.downloadIcs")}
                </button>
              </>
            )}
          </Show>
        )}
      </Show>
      <Show when={props.canChoose}>
        <div class="actions">
          <button type="button" class="primary" onClick={() => void choose()}>
            {t("applicants.choose", { name: fields().name })}
          </button>
        </div>
      </Show>
      <p role="status">{message()}</p>
    </li>
  );
}
