import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { KnownContact } from "./known-contacts";

/**
 * Picking a contact person the committee already has, instead of typing them again: the
 * choice fills the fields below, which stay editable.
 */
export function ContactPicker(props: { contacts: KnownContact[]; onPick: (contact: KnownContact) => void }) {
  const { t } = useI18n();
  return (
    <Show when={props.contacts.length > 0}>
      <label for="xf-contact-known">{t("exchangeForm.contactKnown")}</label>
      <select
        id="xf-contact-known"
        onChange={(event) => {
          const picked = props.contacts[Number(event.currentTarget.value)];
          if (picked) props.onPick(picked);
        }}
      >
        <option value="">{t("exchangeForm.contactNew")}</option>
        <For each={props.contacts}>{(contact, index) => <option value={String(index())}>{t("exchangeForm.contactOption", contact)}</option>}</For>
      </select>
    </Show>
  );
}
