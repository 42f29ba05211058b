// An applicant's own page, reached through the link they got when applying
// (`/application#<token>`): their application's state and, when the tutor asks for a video
// call, the proposed times to pick from and the .ics of the picked one.
import { createResource, For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { downloadFile } from "../ui/download-file";
import { applicantApi, callBytes, callIcsUrl } from "./offers-api";
import { useOffersMessages } from "./offers-messages";
import "./offers.css";

export default function ApplicationPage() {
  const t = useOffersMessages();
  const { formatTime } = useI18n();
  const token = location.hash.slice(1);
  const valid = /^[A-Za-z0-9_-]{22}$/.test(token);
  const [mine, { refetch }] = createResource(() => (valid ? token : false), (found) => applicantApi(found).read());
  const pick = async (slot: string) => {
    await applicantApi(token).pick(slot);
    await refetch();
  };
  const ics = async (applicationId: string) => downloadFile("video-call.ics", await callBytes(callIcsUrl(applicationId), token), "text/calendar");
  return (
    <>
      <PageTitle>{t("application.title")}</PageTitle>
      <Show when={valid} fallback={<p role="alert">{t("application.noLink")}</p>}>
        <Show when={mine()} fallback={<p role="status">{t("arrival.opening")}</p>}>
          {(found) => (
            <>
              <p>{t("application.for", { title: found().offer?.projectTitle ?? "", tutor: found().offer?.tutorName ?? "" })}</p>
              <p>
                {found().offer?.chosen
                  ? t("application.chosen")
                  : found().offer?.state === "chosen" || found().offer?.state === "declined"
                    ? t("application.notChosen")
                    : t("application.waiting")}
              </p>
              <Show when={found().application.call}>
                {(call) => (
                  <Show
                    when={call().picked}
                    fallback={
                      <section aria-labelledby="call-heading" class="card">
                        <h2 id="call-heading">{t("application.callAsked")}</h2>
                        <ul class="offer-list">
                          <For each={call().slots}>
                            {(slot) => (
                              <li>
                                <button type="button" onClick={() => void pick(slot)} aria-label={`${t("application.pick")}: ${formatTime(Date.parse(slot), "dateTime")}`}>
                                  {formatTime(Date.parse(slot), "dateTime")}
                                </button>
                              </li>
                            )}
                          </For>
                        </ul>
                      </section>
                    }
                  >
                    {(picked) => (
                      <>
                        <p>{t("application.picked", { when: formatTime(Date.parse(picked()), "dateTime") })}</p>
                        <button type="button" onClick={() => void ics(found().application.id)}>
                          {t("applicants.downloadIcs")}
                        </button>
                      </>
                    )}
                  </Show>
                )}
              </Show>
            </>
          )}
        </Show>
      </Show>
    </>
  );
}
