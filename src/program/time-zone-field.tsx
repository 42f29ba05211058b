import { createSignal, For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
const knownZones = () => (typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);

/** Whether `zone` is an IANA zone this browser can compute with. */
export function isTimeZone(zone: string): boolean {
  if (!zone.trim()) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The program's time zone, typed with suggestions (a datalist searches the ~400 zones as one
 * types) rather than picked from a 400-line list. Unset, it shows this device's zone, which the
 * first event saves. A name that is not a zone is refused with a message, and nothing changes.
 */
export function TimeZoneField(props: { value: string; onChange: (zone: string) => void }) {
  const { t } = useI18n();
  const [problem, setProblem] = createSignal(false);
  const commit = (typed: string) => {
    const zone = typed.trim();
    const ok = isTimeZone(zone);
    setProblem(!ok);
    if (ok && zone !== props.value) props.onChange(zone);
  };
  return (
    <div class="field">
      <label for="program-zone">{t("program.timeZone")}</label>
      <p class="hint" id="program-zone-hint">
        {t("program.timeZoneHint")}
      </p>
      <input
        id="program-zone"
        list="program-zones"
        autocomplete="off"
        spellcheck={false}
        aria-describedby={problem() ? "program-zone-hint program-zone-error" : "program-zone-hint"}
        aria-invalid={problem()}
        value={props.value || deviceZone()}
        onChange={(e) => commit(e.currentTarget.value)}
      />
      <datalist id="program-zones">
        <For each={knownZones()}>{(zone) => <option value={zone} />}</For>
      </datalist>
      <Show when={problem()}>
        <p class="error" id="program-zone-error" role="alert">
          {t("program.timeZoneUnknown")}
        </p>
      </Show>
    </div>
  );
}
