import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { SessionRecord } from "../db/schema";
import { useProgram } from "./program-store";
import { useArrival } from "./arrival-store";
import { useExchangeDetails } from "../logbook/exchange-details-store";
import { ArrivalFacts } from "./arrival-facts";
import type { ProgramEvent } from "./program-document";
import { downloadCalendar } from "./program-calendar";
import { MapLink, Reach, telHref } from "./reach";
import "./program.css";

function EventCard(props: { event: ProgramEvent; timeZone: string }) {
  const { t, formatDate } = useI18n();
  const when = () => [props.event.date ? formatDate(props.event.date, "dateFull") : "", [props.event.startTime, props.event.endTime].filter(Boolean).join("–")].filter(Boolean).join(", ");
  const details: { label: "event.meetingPoint" | "event.cost" | "event.bring"; value: () => string }[] = [
    { label: "event.meetingPoint", value: () => props.event.meetingPoint },
    { label: "event.cost", value: () => props.event.cost },
    { label: "event.bring", value: () => props.event.bring },
  ];
  return (
    <li class="card event">
      <h4>{props.event.title || t("event.untitled")}</h4>
      <p class="event-when">{when() || t("event.noDate")}</p>
      <Show when={props.event.place || props.event.address}>
        <p class="pre-line">{[props.event.place, props.event.address].filter(Boolean).join("\n")}</p>
      </Show>
      <Show when={props.event.address.trim()}>
        <p>
          <MapLink address={props.event.address} />
        </p>
      </Show>
      <Show when={details.some((d) => d.value())}>
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
      </Show>
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

const hasAny = (record: Record<string, string>) => Object.values(record).some((value) => value.trim() !== "");

/**
 * The student's stay, read-only and offline: their arrival, their contact person, where they
 * stay (their own accommodation when the contact person set one, else the committee's), meals,
 * the program and the numbers to call, each a card of its own.
 */
export function ProgramForStudent(props: { session: SessionRecord }) {
  const { t } = useI18n();
  // The session of a role page never changes while it is shown.
  // eslint-disable-next-line solid/reactivity
  const program = useProgram(props.session);
  // eslint-disable-next-line solid/reactivity
  const arrival = useArrival(props.session.exchangeId ?? "", props.session.personId);
  // eslint-disable-next-line solid/reactivity
  const details = useExchangeDetails(props.session);
  const data = () => program.data;
  const contact = () => details()?.contact ?? null;
  const ownStay = () => hasAny(arrival.data.stay);
  const stay = () => (ownStay() ? { address: arrival.data.stay.address, host: "", checkIn: arrival.data.stay.checkIn, keys: arrival.data.stay.keys, notes: "" } : { ...data().accommodation, keys: "" });
  const hasArrival = () => Boolean(arrival.data.date || arrival.data.place);
  // Nothing from the host yet (or not loaded): no "Your stay" heading over nothing.
  const hasContent = () => hasArrival() || Boolean(contact()?.name) || data().events.length > 0 || ownStay() || hasAny(data().accommodation) || hasAny(data().boarding) || data().contacts.length > 0;
  return (
    <Show when={hasContent()}>
      <section class="program-for-student" aria-labelledby="student-program-heading">
        <h2 id="student-program-heading">{t("program.studentTitle")}</h2>
        <div class="stay-cards">
          <Show when={hasArrival()}>
            <section class="card" aria-labelledby="stay-arrival-heading">
              <h3 id="stay-arrival-heading">{t("arrival.yourArrival")}</h3>
              <ArrivalFacts arrival={arrival.data} />
              <Show when={arrival.data.notes}>
                <p class="pre-line">{arrival.data.notes}</p>
              </Show>
            </section>
          </Show>
          <Show when={contact()?.name ? contact() : null}>
            {(person) => (
              <section class="card" aria-labelledby="stay-contact-heading">
                <h3 id="stay-contact-heading">{t("stay.contactPerson")}</h3>
                <p>{t("stay.contactPersonLead", { name: person().name })}</p>
                <Reach email={person().email} phone={person().phone} />
              </section>
            )}
          </Show>
          <Show when={hasAny(stay())}>
            <section class="card" aria-labelledby="stay-where-heading">
              <h3 id="stay-where-heading">{t("stay.where")}</h3>
              <dl class="facts">
                <Show when={stay().address}>
                  <dt>{t("accommodation.address")}</dt>
                  <dd class="pre-line">{stay().address}</dd>
                </Show>
                <Show when={stay().host}>
                  <dt>{t("accommodation.host")}</dt>
                  <dd>{stay().host}</dd>
                </Show>
                <Show when={stay().checkIn}>
                  <dt>{t("accommodation.checkIn")}</dt>
                  <dd class="pre-line">{stay().checkIn}</dd>
                </Show>
                <Show when={stay().keys}>
                  <dt>{t("stay.keys")}</dt>
                  <dd class="pre-line">{stay().keys}</dd>
                </Show>
              </dl>
              <Show when={stay().address.trim()}>
                <p>
                  <MapLink address={stay().address} />
                </p>
              </Show>
              <Show when={stay().notes}>
                <p class="pre-line">{stay().notes}</p>
              </Show>
            </section>
          </Show>
          <Show when={hasAny(data().boarding)}>
            <section class="card" aria-labelledby="stay-meals-heading">
              <h3 id="stay-meals-heading">{t("boarding.title")}</h3>
              <p class="hint">{t("boarding.lead")}</p>
              <dl class="facts">
                <dt>{t("boarding.where")}</dt>
                <dd class="pre-line">{data().boarding.where}</dd>
                <dt>{t("boarding.how")}</dt>
                <dd class="pre-line">{data().boarding.how}</dd>
              </dl>
            </section>
          </Show>
          <Show when={data().contacts.length > 0}>
            <section class="card" aria-labelledby="stay-numbers-heading">
              <h3 id="stay-numbers-heading">{t("contacts.title")}</h3>
              <ul class="contact-list">
                <For each={data().contacts}>
                  {(entry) => (
                    <li>
                      <strong>{entry.label || t(entry.kind === "emergency" ? "contacts.emergency" : "contacts.local")}</strong>
                      <Show when={entry.name}> {entry.name}</Show>
                      <Show when={entry.phone}>
                        {" "}
                        <a href={telHref(entry.phone)}>{entry.phone}</a>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </section>
          </Show>
        </div>
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
      </section>
    </Show>
  );
}
