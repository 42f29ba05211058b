import { createMemo, For, Show, type Accessor, type JSX } from "solid-js";
import type { SessionRecord } from "../db/schema";

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * One item per session, keyed by person id. The device rewrites a session's record whenever it
 * refreshes it from the server (at start-up and on every reconnect); items keyed by the record
 * would be rebuilt then, dropping what they were showing and the keyboard focus.
 */
export function ForEachSession(props: {
  sessions: readonly SessionRecord[] | undefined;
  children: (session: Accessor<SessionRecord>) => JSX.Element;
}) {
  const byId = createMemo(() => new Map((props.sessions ?? []).map((session) => [session.personId, session])));
  const ids = createMemo(() => [...byId().keys()], [], { equals: sameIds });
  return (
    <For each={ids()}>
      {(personId) => <Show when={byId().get(personId)}>{(session) => props.children(session)}</Show>}
    </For>
  );
}
