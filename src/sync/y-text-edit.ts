// Turns "the field now reads X" into the smallest Yjs text edit (keep the common start and end,
// replace the middle), so two people typing in different parts of one field both keep their words.
import type * as Y from "yjs";
import { transactAs, type WriteOrigin } from "./origins";

export function replaceText(text: Y.Text, next: string, origin: WriteOrigin): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const shorter = Math.min(current.length, next.length);
  while (start < shorter && current[start] === next[start]) start++;
  let end = 0;
  while (end < shorter - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end++;
  transactAs(text.doc as Y.Doc, origin, () => {
    const removed = current.length - start - end;
    if (removed > 0) text.delete(start, removed);
    const inserted = next.slice(start, next.length - end);
    if (inserted) text.insert(start, inserted);
  });
}
