import { For, Show } from "solid-js";
import { A } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { PageTitle } from "../ui/page-title";
import { TextField } from "../ui/text-field";
import { RolePage } from "../session/role-page";
import type { SessionRecord } from "../db/schema";
import { rolePath } from "../app/role-paths";
import { checklistItems, type ChecklistItem } from "./arrival-document";
import { useArrival } from "./arrival-store";
import { studentNameOf } from "./contact-sessions";
import { StudentArrivalView } from "./student-arrival-view";
import "./program.css";

export const checklistLabels: Record<ChecklistItem, MessageKey> = {
  airportPickup: "checklist.airportPickup",
  accommodationHandedOver: "checklist.accommodationHandedOver",
  hospitalTour: "checklist.hospitalTour",
  firstDayIntroduction: "checklist.firstDayIntroduction",
  socialProgramExplained: "checklist.socialProgramExplained",
};

function ArrivalView(props: { session: SessionRecord }) {
  const { t } = useI18n();
  // The session of a role page never changes while it is shown.
  // eslint-disable-next-line solid/reactivity
  const arrival = useArrival(props.session.exchangeId ?? "", props.session.personId);
  const student = () => studentNameOf(props.session);
  return (
    <>
      <PageTitle>{t("arrival.title", { student: student() })}</PageTitle>
      <p>
        <A href={rolePath(props.session)}>{t("program.back")}</A>
      </p>
      <StudentArrivalView exchangeId={props.session.exchangeId ?? ""} personId={props.session.personId} />
      <Show when={arrival.loaded()} fallback={<p role="status">{t("loading")}</p>}>
        <section aria-labelledby="arrival-heading">
          <h2 id="arrival-heading">{t("arrival.details")}</h2>
          <p class="hint">{t("arrival.detailsHint")}</p>
          <div class="field-row">
            <TextField id="arrival-date" type="date" label={t("arrival.date")} value={arrival.data.date} onInput={(v) => arrival.setWhen("date", v)} />
            <TextField id="arrival-time" type="time" label={t("arrival.time")} value={arrival.data.time} onInput={(v) => arrival.setWhen("time", v)} />
          </div>
          <TextField id="arrival-place" label={t("arrival.place")} hint={t("arrival.placeHint")} value={arrival.data.place} onInput={(v) => arrival.setText("place", v)} />
          <TextField id="arrival-notes" label={t("arrival.notes")} multiline value={arrival.data.notes} onInput={(v) => arrival.setText("notes", v)} />
        </section>
        <fieldset class="checklist">
          <legend>{t("checklist.title", { student: student() })}</legend>
          <For each={checklistItems}>
            {(item) => (
              <label class="inline">
                <input type="checkbox" checked={arrival.data.checklist[item].done} onChange={(e) => arrival.setChecked(item, e.currentTarget.checked)} />
                {t(checklistLabels[item])}
              </label>
            )}
          </For>
        </fieldset>
      </Show>
    </>
  );
}

export default function ArrivalPage() {
  return <RolePage role="contact">{(session) => <ArrivalView session={session} />}</RolePage>;
}
