import { For } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { TextField } from "../ui/text-field";
import type { EventTextField, EventTimeField, ProgramEvent } from "./program-document";
import type { ProgramStore } from "./program-store";
import { downloadCalendar } from "./program-calendar";

const textFields: { field: EventTextField; label: MessageKey; multiline?: boolean }[] = [
  { field: "place", label: "event.place" },
  { field: "address", label: "event.address", multiline: true },
  { field: "meetingPoint", label: "event.meetingPoint" },
  { field: "cost", label: "event.cost" },
  { field: "bring", label: "event.bring" },
  { field: "notes", label: "event.notes", multiline: true },
];
const timeFields: { field: EventTimeField; label: MessageKey; type: "date" | "time" }[] = [
  { field: "date", label: "event.date", type: "date" },
  { field: "startTime", label: "event.startTime", type: "time" },
  { field: "endTime", label: "event.endTime", type: "time" },
];

/** One event of the program, saved as it is typed. */
export function EventEditor(props: { event: ProgramEvent; program: ProgramStore; open: boolean; onToggle: () => void }) {
  const { t, formatDate } = useI18n();
  const when = () => [props.event.date ? formatDate(props.event.date, "dayShort") : t("event.noDate"), [props.event.startTime, props.event.endTime].filter(Boolean).join("–")].filter(Boolean).join(", ");
  const id = (field: string) => `event-${props.event.id}-${field}`;
  const name = () => props.event.title || t("event.untitled");
  const remove = () => {
    if (window.confirm(t("event.confirmDelete", { title: name() }))) props.program.removeEvent(props.event.id);
  };
  return (
    <section class="card event-editor" aria-labelledby={id("heading")}>
      <h3 class="event-line">
        <button type="button" aria-expanded={props.open} aria-controls={id("fields")} onClick={() => props.onToggle()}>
          <span class="chevron" aria-hidden="true">
            {props.open ? "▾" : "▸"}
          </span>{" "}
          <span id={id("heading")}>{name()}</span>
          <span class="event-when">{when()}</span>
        </button>
      </h3>
      <div id={id("fields")} hidden={!props.open}>
      <TextField id={id("title")} label={t("event.title")} value={props.event.title} onInput={(v) => props.program.setEventText(props.event.id, "title", v)} />
      <div class="field-row">
        <For each={timeFields}>
          {(f) => (
            <TextField
              id={id(f.field)}
              type={f.type}
              label={t(f.label)}
              value={props.event[f.field]}
              onInput={(v) => props.program.setEventTime(props.event.id, f.field, v)}
            />
          )}
        </For>
      </div>
      <For each={textFields}>
        {(f) => (
          <TextField
            id={id(f.field)}
            label={t(f.label)}
            multiline={f.multiline}
            value={props.event[f.field]}
            onInput={(v) => props.program.setEventText(props.event.id, f.field, v)}
          />
        )}
      </For>
      <div class="actions">
        <button type="button" disabled={!props.event.date} onClick={() => downloadCalendar([props.event], props.program.data.timeZone, t, name())}>
          {t("event.downloadIcs")}
          <span class="visually-hidden">: {name()}</span>
        </button>
        <button type="button" class="danger" onClick={remove}>
          {t("event.delete")}
          <span class="visually-hidden">: {name()}</span>
        </button>
      </div>
      </div>
    </section>
  );
}
