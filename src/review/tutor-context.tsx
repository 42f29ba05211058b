// Every tutor screen needs the same things: the session, the tutor's own document as a store,
// the student's logbook (read-only) and the exchange's calendar. TutorScreen provides them once
// per page, under one context, as StudentScreen does for the student.
import { createContext, createMemo, Show, useContext, type Accessor, type JSX } from "solid-js";
import { useParams } from "@solidjs/router";
import { RolePage } from "../session/role-page";
import type { SessionRecord } from "../db/schema";
import { todayIso, workingDays } from "../logbook/rules/calendar";
import { appraisalSchedule, assessmentBlocks, type Appraisal, type AssessmentBlock } from "../logbook/rules/appraisals";
import { useStudentLogbookReader, type StudentLogbookReader } from "./student-logbook-reader";
import { useTutorReview, type TutorReviewStore } from "./tutor-review-store";

export interface TutorScreenContext {
  session: SessionRecord;
  review: TutorReviewStore;
  student: StudentLogbookReader;
  startDate: string;
  endDate: string;
  workingDays: string[];
  appraisals: Appraisal[];
  blocks: AssessmentBlock[];
  today: Accessor<string>;
  base: string;
}

const Context = createContext<TutorScreenContext>();

function Provider(props: { session: SessionRecord; children: JSX.Element }) {
  // A role page's session does not change while it is shown.
  // eslint-disable-next-line solid/reactivity
  const session = props.session;
  const startDate = session.exchange?.startDate ?? "";
  const endDate = session.exchange?.endDate ?? "";
  const today = createMemo(() => todayIso(new Date()));
  const value: TutorScreenContext = {
    session,
    review: useTutorReview(session),
    student: useStudentLogbookReader(session.exchangeId ?? ""),
    startDate,
    endDate,
    workingDays: workingDays(startDate, endDate),
    appraisals: appraisalSchedule(startDate, endDate),
    blocks: assessmentBlocks(startDate, endDate),
    today,
    base: `/tutor/${session.personId}`,
  };
  return <Context.Provider value={value}>{props.children}</Context.Provider>;
}

/**
 * The router keeps this page when only the person changes (a tutor going from one student to
 * another), and a role page's session is fixed once shown, so the screen is rebuilt per person.
 * `waitForRuntime={false}`: the screen shows loading states until the documents have loaded.
 */
export function TutorScreen(props: { waitForRuntime?: boolean; children: JSX.Element }) {
  const params = useParams<{ personId: string }>();
  return (
    <Show when={params.personId} keyed>
      <RolePage role="tutor" waitForRuntime={props.waitForRuntime}>
        {(session) => <Provider session={session}>{props.children}</Provider>}
      </RolePage>
    </Show>
  );
}

export function useTutorScreen(): TutorScreenContext {
  const context = useContext(Context);
  if (!context) throw new Error("useTutorScreen outside TutorScreen");
  return context;
}
