import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import { TextField } from "../ui/text-field";
import type { ContactKind, ProgramContact } from "./program-document";
import type { ProgramStore } from "./program-store";

function ContactEditor(props: { contact: ProgramContact; program: ProgramStore }) {
  const { t } = useI18n();
  const id = (field: string) => `contact-${props.contact.id}-${field}`;
  const name = () => props.contact.label || props.contact.name || t("contacts.untitled");
  return (
    <fieldset class="card contact-editor">
      <legend>{name()}</legend>
      <label for={id("kind")}>{t("contacts.kind")}</label>
      <select id={id("kind")} value={props.contact.kind} onChange={(e) => props.program.setContactKind(props.contact.id, e.currentTarget.value as ContactKind)}>
        <option value="emergency">{t("contacts.emergency")}</option>
        <option value="local">{t("contacts.local")}</option>
      </select>
      <TextField id={id("label")} label={t("contacts.label")} hint={t("contacts.labelHint")} value={props.contact.label} onInput={(v) => props.program.setContactText(props.contact.id, "label", v)} />
      <TextField id={id("name")} label={t("contacts.name")} value={props.contact.name} onInput={(v) => props.program.setContactText(props.contact.id, "name", v)} />
      <TextField id={id("phone")} type="tel" label={t("contacts.phone")} value={props.contact.phone} onInput={(v) => props.program.setContactText(props.contact.id, "phone", v)} />
      <button type="button" class="danger" onClick={() => props.program.removeContact(props.contact.id)}>
        {t("contacts.remove")}
        <span class="visually-hidden">: {name()}</span>
      </button>
    </fieldset>
  );
}

/** Emergency and local numbers: the ambulance, the LC's president, the host's reception. */
export function ContactsEditor(props: { program: ProgramStore }) {
  const { t } = useI18n();
  const add = (kind: ContactKind) => {
    const id = props.program.addContact(kind);
    queueMicrotask(() => document.getElementById(`contact-${id}-label`)?.focus());
  };
  return (
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t("contacts.title")}</h2>
      <Show when={props.program.data.contacts.length === 0}>
        <p>{t("contacts.none")}</p>
      </Show>
      <For each={props.program.data.contacts}>{(contact) => <ContactEditor contact={contact} program={props.program} />}</For>
      <div class="actions">
        <button type="button" onClick={() => add("emergency")}>
          {t("contacts.addEmergency")}
        </button>
        <button type="button" onClick={() => add("local")}>
          {t("contacts.addLocal")}
        </button>
      </div>
    </section>
  );
}
