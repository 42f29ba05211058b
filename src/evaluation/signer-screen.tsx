// The evaluation screens sit among the student's or the tutor's screens, with their navigation
// and their per-page context; the route's first segment says whose.
import { Show, type JSX } from "solid-js";
import type { SessionRecord } from "../db/schema";
import { StudentScreen, useStudentScreen } from "../logbook/student-context";
import { StudentNav } from "../logbook/student-nav";
import { TutorScreen, useTutorScreen } from "../review/tutor-context";
import { TutorNav } from "../review/tutor-nav";
import { useSignerRole } from "./signer-role";

type Content = (session: SessionRecord, nav: () => JSX.Element) => JSX.Element;

function StudentContent(props: { children: Content }) {
  const screen = useStudentScreen();
  return <>{props.children(screen.session, () => <StudentNav />)}</>;
}

function TutorContent(props: { children: Content }) {
  const screen = useTutorScreen();
  return <>{props.children(screen.session, () => <TutorNav />)}</>;
}

export function SignerScreen(props: { children: Content }) {
  const role = useSignerRole();
  return (
    <Show
      when={role === "tutor"}
      fallback={
        <StudentScreen>
          <StudentContent>{props.children}</StudentContent>
        </StudentScreen>
      }
    >
      <TutorScreen>
        <TutorContent>{props.children}</TutorContent>
      </TutorScreen>
    </Show>
  );
}
