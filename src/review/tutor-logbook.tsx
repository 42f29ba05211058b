// The tutor's home below its title: the summary of what needs them and the logbook week by week.
// A chunk of its own, loaded with the documents it shows, so the home's first screen stays small.
import { For, Show, createMemo } from "solid-js";
import { exchangeWeeks } from "../logbook/rules/calendar";
import { useTutorScreen } from "./tutor-context";
import { useLastVisit } from "./last-visit-store";
import { daysNewSince, weeksAwaitingConfirmation, weeksOpenAtFirst } from "./tutor-attention";
import { TutorSummary } from "./tutor-summary";
import { WeekReview } from "./week-review";

function SummaryAndWeeks(props: { since: number | null }) {
  const screen = useTutorScreen();
  const calendar = () => ({ startDate: screen.startDate, endDate: screen.endDate, workingDays: screen.workingDays, today: screen.today() });
  const weeks = () => Array.from({ length: exchangeWeeks(screen.startDate, screen.endDate) }, (_, i) => i + 1);
  const newDays = createMemo(() => daysNewSince(screen.student.data.days, calendar(), props.since));
  const awaiting = createMemo(() => weeksAwaitingConfirmation(screen.review.data, calendar()));
  // Decided once, as the visit opens (a component's body runs once): confirming a week or a new
  // entry arriving must not fold or unfold what the tutor is reading. A first visit marks nothing new.
  // eslint-disable-next-line solid/reactivity
  const openAtFirst = weeksOpenAtFirst(props.since === null ? [] : newDays(), awaiting(), calendar());
  return (
    <>
      <TutorSummary since={props.since} newDays={newDays()} awaiting={awaiting()} />
      <For each={weeks()}>{(week) => <WeekReview week={week} since={props.since} open={openAtFirst.has(week)} />}</For>
    </>
  );
}

export default function TutorLogbook() {
  const screen = useTutorScreen();
  const lastVisit = useLastVisit(screen.session.personId);
  return (
    <Show when={!lastVisit.loading}>
      <SummaryAndWeeks since={lastVisit() ?? null} />
    </Show>
  );
}
