import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { TextField } from "../ui/text-field";
import type { AccommodationField, BoardingField } from "./program-document";
import type { ProgramStore } from "./program-store";
import { EventEditor } from "./event-editor";
import { ContactsEditor } from "./contacts-editor";
import { downloadCalendar } from "./program-calendar";

const accommodation: { field: AccommodationField; label: MessageKey; hint?: MessageKey; multiline?: boolean }[] = [
  { field: "address", label: "accommodation.address", multiline: true },
  { field: "host", label: "accommodation.host", hint: "accommodation.hostHint" },
  { field: "checkIn", label: "accommodation.checkIn", hint: "accommodation.checkInHint" },
  { field: "notes", label: "accommodation.notes", multiline: true },
];
const boarding: { field: BoardingField; label: MessageKey; hint: MessageKey }[] = [
  { field: "where", label: "boarding.where", hint: "boarding.whereHint" },
  { field: "how", label: "boarding.how", hint: "boarding.howHint" },
];

function zones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return current && !all.includes(current) ? [current, ...all] : all;
}

/** The whole program, editable offline by the committee's officers and contact persons. */
export function ProgramEditor(props: { program: ProgramStore }) {
  const { t } = useI18n();
  const p = () => props.program;
  const addEvent = () => {
    const id = p().addEvent();
    queueMicrotask(() => document.getElementById(`event-${id}-title`)?.focus());
  };
  return (
    <>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">{t("program.events")}</h2>
        <div class="field">
          <label for="program-zone">{t("program.timeZone")}</label>
          <p class="hint" id="program-zone-hint">
            {t("program.timeZoneHint")}
          </p>
          <select id="program-zone" aria-describedby="program-zone-hint" value={p().data.timeZone} onChange={(e) => p().setTimeZone(e.currentTarget.value)}>
            <Show when={!p().data.timeZone}>
              <option value="">{t("program.timeZoneUnset")}</option>
            </Show>
            <For each={zones(p().data.timeZone)}>{(zone) => <option value={zone}>{zone}</option>}</For>
          </select>
        </div>
        <Show when={p().data.events.length === 0}>
          <p>{t("program.noEvents")}</p>
        </Show>
        <For each={p().data.events}>{(event) => <EventEditor event={event} program={p()} />}</For>
        <div class="actions">
          <button type="button" class="primary" onClick={addEvent}>
            {t("program.addEvent")}
          </button>
          <Show when={p().data.events.some((e) => e.date)}>
            <button type="button" onClick={() => downloadCalendar(p().data.events, p().data.timeZone, t, t("program.calendarFile"))}>
              {t("program.downloadAllIcs")}
            </button>
          </Show>
        </div>
      </section>

      <section aria-labelledby="accommodation-heading">
        <h2 id="accommodation-heading">{t("accommodation.title")}</h2>
        <For each={accommodation}>
          {(f) => (
            <TextField
              id={`accommodation-${f.field}`}
              label={t(f.label)}
              hint={f.hint ? t(f.hint) : undefined}
              multiline={f.multiline}
              value={p().data.accommodation[f.field]}
              onInput={(v) => p().setAccommodation(f.field, v)}
            />
          )}
        </For>
      </section>

      <section aria-labelledby="boarding-heading">
        <h2 id="boarding-heading">{t("boarding.title")}</h2>
        <p class="hint">{t("boarding.lead")}</p>
        <For each={boarding}>
          {(f) => (
            <TextField id={`boarding-${f.field}`} label={t(f.label)} hint={t(f.hint)} multiline value={p().data.boarding[f.field]} onInput={(v) => p().setBoarding(f.field, v)} />
          )}
        </For>
      </section>

      <ContactsEditor program={p()} />
    </>
  );
}
