import { createSignal, For, Show } from "solid-js";
import { A } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { PageTitle } from "../ui/page-title";
import { TextField } from "../ui/text-field";
import { RolePage } from "../session/role-page";
import type { SessionRecord } from "../db/schema";
import { rolePath } from "../app/role-paths";
import { checklistItems, stayFields, type ChecklistItem, type StayField } from "./arrival-document";
import { useExchangeDetails } from "../logbook/exchange-details-store";
import { MapLink, Reach } from "./reach";
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

const stayLabels: Record<StayField, { label: MessageKey; hint?: MessageKey; multiline?: boolean }> = {
  address: { label: "accommodation.address", multiline: true },
  checkIn: { label: "accommodation.checkIn", hint: "accommodation.checkInHint" },
  keys: { label: "stay.keys", hint: "stay.keysHint" },
};

function ArrivalView(props: { session: SessionRecord }) {
  const { t } = useI18n();
  // The session of a role page never changes while it is shown.
  // eslint-disable-next-line solid/reactivity
  const arrival = useArrival(props.session.exchangeId ?? "", props.session.personId);
  const student = () => studentNameOf(props.session);
  // eslint-disable-next-line solid/reactivity
  const details = useExchangeDetails(props.session);
  const [newItem, setNewItem] = createSignal("");
  const addItem = (event: SubmitEvent) => {
    event.preventDefault();
    if (!newItem().trim()) return;
    arrival.addItem(newItem());
    setNewItem("");
  };
  return (
    <>
      <PageTitle>{t("arrival.title", { student: student() })}</PageTitle>
      <p>
        <A href={rolePath(props.session)}>{t("program.back")}</A>
      </p>
      <Show when={details()?.studentContact}>
        {(reach) => (
          <section class="card" aria-labelledby="reach-heading">
            <h2 id="reach-heading">{t("contact.reachStudent", { student: student() })}</h2>
            <Reach email={reach().email} phone={reach().phone} />
          </section>
        )}
      </Show>
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
          <For each={arrival.data.extraItems}>
            {(item) => (
              <div class="extra-item">
                <label class="inline">
                  <input type="checkbox" checked={item.done} onChange={(e) => arrival.setExtraDone(item, e.currentTarget.checked)} />
                  {item.label}
                </label>
                <button type="button" class="small" aria-label={t("checklist.removeItem", { item: item.label })} onClick={() => arrival.removeItem(item.id)}>
                  {t("checklist.remove")}
                </button>
              </div>
            )}
          </For>
          <form class="add-item" onSubmit={addItem}>
            <TextField id="checklist-new" label={t("checklist.addLabel")} hint={t("checklist.addHint")} value={newItem()} onInput={setNewItem} />
            <button type="submit">{t("checklist.add")}</button>
          </form>
        </fieldset>
        <section aria-labelledby="stay-heading">
          <h2 id="stay-heading">{t("arrival.stayTitle", { student: student() })}</h2>
          <p class="hint">{t("arrival.stayHint")}</p>
          <For each={stayFields}>
            {(field) => (
              <TextField
                id={`stay-${field}`}
                label={t(stayLabels[field].label)}
                hint={((hint) => (hint ? t(hint) : undefined))(stayLabels[field].hint)}
                multiline={stayLabels[field].multiline}
                value={arrival.data.stay[field]}
                onInput={(v) => arrival.setStay(field, v)}
              />
            )}
          </For>
          <Show when={arrival.data.stay.address.trim()}>
            <p>
              <MapLink address={arrival.data.stay.address} />
            </p>
          </Show>
        </section>
      </Show>
    </>
  );
}

export default function ArrivalPage() {
  return <RolePage role="contact">{(session) => <ArrivalView session={session} />}</RolePage>;
}
