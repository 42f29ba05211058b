import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { SessionRecord } from "../db/schema";
import { useProgram } from "./program-store";
import { useArrival } from "./arrival-store";
import { ArrivalFacts } from "./arrival-facts";
import type { ProgramEvent } from "./program-document";
import { downloadCalendar } from "./program-calendar";
import "./program.css";

function EventCard(props: { event: ProgramEvent; timeZone: string }) {
  const { t, locale } = useI18n();
  const day = () => (props.event.date ? new Intl.DateTimeFormat(locale(), { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${props.event.date}T00:00:00Z`)) : "");
  const when = () => [day(), [props.event.startTime, props.event.endTime].filter(Boolean).join("–")].filter(Boolean).join(", ");
  const details: { label: "event.meetingPoint" | "event.cost" | "event.bring"; value: () => string }[] = [
    { label: "event.meetingPoint", value: () => props.event.meetingPoint },
    { label: "event.cost", value: () => props.event.cost },
    { label: "event.bring", value: () => props.event.bring },
  ];
  return (
    <li class="card event">
      <h4>{props.event.title || t("event.untitled")}</h4>
      <p>{when() || t("event.noDate")}</p>
      <Show when={props.event.place || props.event.address}>
        <p class="pre-line">{[props.event.place, props.event.address].filter(Boolean).join("\n")}</p>
      </Show>
      <dl class="facts">
        <For each={details.filter((d) => d.value())}>
          {(detail) => (
            <>
              <dt>{t(detail.label)}</dt>
              <dd>{detail.value()}</dd>
            </>
          )}
        </For>
      </dl>
      <Show when={props.event.notes}>
        <p class="pre-line">{props.event.notes}</p>
      </Show>
      <Show when={props.event.date}>
        <button type="button" onClick={() => downloadCalendar([props.event], props.timeZone, t, props.event.title)}>
          {t("event.downloadIcs")}
          <span class="visually-hidden">: {props.event.title}</span>
        </button>
      </Show>
    </li>
  );
}

/** The host committee's program, accommodation, meals, contacts and the student's own arrival, read-only and offline. */
export function ProgramForStudent(props: { session: SessionRecord }) {
  const { t } = useI18n();
  // The session of a role page never changes while it is shown.
  // eslint-disable-next-line solid/reactivity
  const program = useProgram(props.session);
  // eslint-disable-next-line solid/reactivity
  const arrival = useArrival(props.session.exchangeId ?? "", props.session.personId);
  const data = () => program.data;
  const hasAny = (record: Record<string, string>) => Object.values(record).some(Boolean);
  // Nothing from the host committee yet (or not loaded): no "Your stay" heading over nothing.
  const hasContent = () =>
    Boolean(arrival.data.date || arrival.data.place) || data().events.length > 0 || hasAny(data().accommodation) || hasAny(data().boarding) || data().contacts.length > 0;
  return (
    <Show when={hasContent()}>
    <section class="program-for-student" aria-labelledby="student-program-heading">
      <h2 id="student-program-heading">{t("program.studentTitle")}</h2>
      <Show when={arrival.data.date || arrival.data.place}>
        <h3>{t("arrival.yourArrival")}</h3>
        <ArrivalFacts arrival={arrival.data} />
        <Show when={arrival.data.notes}>
          <p class="pre-line">{arrival.data.notes}</p>
        </Show>
      </Show>
      <h3>{t("program.events")}</h3>
      <Show when={data().events.length > 0} fallback={<p>{t("program.noEventsYet")}</p>}>
        <Show when={data().events.some((e) => e.date)}>
          <button type="button" onClick={() => downloadCalendar(data().events, data().timeZone, t, t("program.calendarFile"))}>
            {t("program.downloadAllIcs")}
          </button>
        </Show>
        <ul class="event-list">
          <For each={data().events}>{(event) => <EventCard event={event} timeZone={data().timeZone} />}</For>
        </ul>
      </Show>
      <Show when={hasAny(data().accommodation)}>
        <h3>{t("accommodation.title")}</h3>
        <dl class="facts">
          <Show when={data().accommodation.address}>
            <dt>{t("accommodation.address")}</dt>
            <dd class="pre-line">{data().accommodation.address}</dd>
          </Show>
          <Show when={data().accommodation.host}>
            <dt>{t("accommodation.host")}</dt>
            <dd>{data().accommodation.host}</dd>
          </Show>
          <Show when={data().accommodation.checkIn}>
            <dt>{t("accommodation.checkIn")}</dt>
            <dd>{data().accommodation.checkIn}</dd>
          </Show>
        </dl>
        <Show when={data().accommodation.notes}>
          <p class="pre-line">{data().accommodation.notes}</p>
        </Show>
      </Show>
      <Show when={hasAny(data().boarding)}>
        <h3>{t("boarding.title")}</h3>
        <p class="hint">{t("boarding.lead")}</p>
        <dl class="facts">
          <dt>{t("boarding.where")}</dt>
          <dd class="pre-line">{data().boarding.where}</dd>
          <dt>{t("boarding.how")}</dt>
          <dd class="pre-line">{data().boarding.how}</dd>
        </dl>
      </Show>
      <Show when={data().contacts.length > 0}>
        <h3>{t("contacts.title")}</h3>
        <ul class="contact-list">
          <For each={data().contacts}>
            {(contact) => (
              <li>
                <strong>{contact.label || t(contact.kind === "emergency" ? "contacts.emergency" : "contacts.local")}</strong>
                <Show when={contact.name}> {contact.name}</Show>
                <Show when={contact.phone}>
                  {" "}
                  <a href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}>{contact.phone}</a>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
    </Show>
  );
}
