import { createMemo, createSignal, For, Show } from "solid-js";
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

import { TimeZoneField } from "./time-zone-field";

/** The whole program, editable offline by the committee's officers and contact persons. */
export function ProgramEditor(props: { program: ProgramStore }) {
  const { t } = useI18n();
  const p = () => props.program;
  // Events stay where they were when the page opened (date order), new ones below: re-sorting
  // as a date is typed would move the event away from the person and take the focus with it.
  const placed = new Map<string, number>();
  const events = createMemo(() => {
    const list = p().data.events;
    for (const event of list) if (!placed.has(event.id)) placed.set(event.id, placed.size);
    return [...list].sort((a, b) => (placed.get(a.id) ?? 0) - (placed.get(b.id) ?? 0));
  });
  // One line per event until opened; an event added here opens at once.
  const [open, setOpen] = createSignal<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const addEvent = () => {
    const id = p().addEvent();
    setOpen((current) => new Set(current).add(id));
    queueMicrotask(() => document.getElementById(`event-${id}-title`)?.focus());
  };
  return (
    <>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">{t("program.events")}</h2>
        <TimeZoneField value={p().data.timeZone} onChange={(zone) => p().setTimeZone(zone)} />
        <Show when={p().data.events.length === 0}>
          <p>{t("program.noEvents")}</p>
        </Show>
        <For each={events()}>{(event) => <EventEditor event={event} program={p()} open={open().has(event.id)} onToggle={() => toggle(event.id)} />}</For>
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
