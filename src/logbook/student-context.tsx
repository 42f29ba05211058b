// Every student screen needs the same three things: the session, the logbook store and the
// exchange's calendar. StudentScreen provides them once per page, under one context.
import { createContext, createMemo, useContext, type Accessor, type JSX } from "solid-js";
import { RolePage } from "../session/role-page";
import type { SessionRecord } from "../db/schema";
import { useStudentLogbook, type StudentLogbookStore } from "./logbook-store";
import { workingDays, todayIso } from "./rules/calendar";
import { appraisalSchedule, type Appraisal } from "./rules/appraisals";

export interface StudentScreenContext {
  session: SessionRecord;
  logbook: StudentLogbookStore;
  startDate: string;
  endDate: string;
  kind: "research" | "professional";
  workingDays: string[];
  appraisals: Appraisal[];
  today: Accessor<string>;
  base: string;
}

const Context = createContext<StudentScreenContext>();

function Provider(props: { session: SessionRecord; children: JSX.Element }) {
  // A role page's session does not change while it is shown.
  // eslint-disable-next-line solid/reactivity
  const session = props.session;
  const logbook = useStudentLogbook(session);
  const startDate = session.exchange?.startDate ?? "";
  const endDate = session.exchange?.endDate ?? "";
  const days = startDate && endDate ? workingDays(startDate, endDate) : [];
  const today = createMemo(() => todayIso(new Date()));
  const value: StudentScreenContext = {
    session,
    logbook,
    startDate,
    endDate,
    kind: session.exchange?.kind ?? "research",
    workingDays: days,
    appraisals: startDate && endDate ? appraisalSchedule(startDate, endDate) : [],
    today,
    base: `/student/${session.personId}`,
  };
  return <Context.Provider value={value}>{props.children}</Context.Provider>;
}

/** `waitForRuntime={false}`: the screen shows a loading state until the logbook has loaded (see RolePage). */
export function StudentScreen(props: { waitForRuntime?: boolean; children: JSX.Element }) {
  return (
    <RolePage role="student" waitForRuntime={props.waitForRuntime}>
      {(session) => <Provider session={session}>{props.children}</Provider>}
    </RolePage>
  );
}

export function useStudentScreen(): StudentScreenContext {
  const context = useContext(Context);
  if (!context) throw new Error("useStudentScreen outside StudentScreen");
  return context;
}
