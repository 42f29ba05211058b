// The status bar's words for what has not reached the server yet, in people's terms: the days
// whose entries, attendance or comments are waiting, and whether anything else is.
export interface UnsavedWork {
  days: number;
  other: boolean;
}

// "…/student#day:2026-07-02/hours", "…#day:2026-07-02:reflection", "…#attendance/2026-07-02",
// "…#attendance:2026-07-02:reason", "…/tutor#comment:2026-07-02".
const dayPart = /#(?:day:|attendance[/:]|comment:)(\d{4}-\d{2}-\d{2})(?:[:/][A-Za-z:-]+)?$/;

export function unsavedWork(parts: readonly string[], waitingChanges: number): UnsavedWork {
  const days = new Set<string>();
  let other = false;
  for (const part of parts) {
    const date = dayPart.exec(part)?.[1];
    if (date) days.add(date);
    else other = true;
  }
  // Changes the server has not committed but that no part names (deletions) are still waiting.
  return { days: days.size, other: other || (days.size === 0 && waitingChanges > 0) };
}
