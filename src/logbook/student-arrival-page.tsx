// The student's arrival details for the contact person (IFMSA's "card of confirmation"):
// date, time, place and travel, kept on the phone at once and synced when there is a network.
import { For, Show } from "solid-js";
import { PageTitle } from "../ui/page-title";
import { TextField } from "../ui/text-field";
import { StudentScreen, useStudentScreen } from "./student-context";
import { StudentNav } from "./student-nav";
import { useStudentArrival } from "./student-arrival-store";
import { arrivalPlaceKinds } from "./student-arrival-document";
import { useOffersMessages } from "../offers/offers-messages";
import "../offers/offers.css";
import "./student.css";

function StudentArrivalForm() {
  const t = useOffersMessages();
  const screen = useStudentScreen();
  const arrival = useStudentArrival(screen.session.exchangeId ?? "", screen.session.personId);
  return (
    <>
      <PageTitle>{t("arrival.title")}</PageTitle>
      <StudentNav />
      <p class="hint">{t("arrival.lead")}</p>
      <Show when={arrival.loaded()} fallback={<p role="status">{t("arrival.opening")}</p>}>
        <TextField id="student-arrival-date" type="date" label={t("arrival.date")} value={arrival.data.date} onInput={(value) => arrival.setWhen("date", value)} />
        <TextField id="student-arrival-time" type="time" label={t("arrival.time")} value={arrival.data.time} onInput={(value) => arrival.setWhen("time", value)} />
        <fieldset>
          <legend>{t("arrival.placeKind")}</legend>
          <For each={arrivalPlaceKinds}>
            {(kind) => (
              <label class="inline">
                <input type="radio" name="arrival-place-kind" checked={arrival.data.placeKind === kind} onChange={() => arrival.setPlaceKind(kind)} />
                {t(`arrival.placeKind.${kind}`)}
              </label>
            )}
          </For>
        </fieldset>
        <TextField id="student-arrival-place" label={t("arrival.place")} value={arrival.data.place} onInput={(value) => arrival.setText("place", value)} />
        <TextField id="student-arrival-travel" label={t("arrival.travel")} multiline value={arrival.data.travel} onInput={(value) => arrival.setText("travel", value)} />
      </Show>
    </>
  );
}

export default function StudentArrivalPage() {
  return (
    <StudentScreen>
      <StudentArrivalForm />
    </StudentScreen>
  );
}
