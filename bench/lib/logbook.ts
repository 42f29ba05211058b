// The document of a device that was offline for weeks: 56 days of a logbook, 40 separate
// updates a day (a day's entry created, then typed into word by word). The same content seeds
// the stored and idle documents, so every workload moves realistic logbook-sized state.
import * as Y from "yjs";

export const offlineDays = 56;
export const updatesPerDay = 40;

export function offlineLogbook(days = offlineDays, perDay = updatesPerDay): Y.Doc {
  const doc = new Y.Doc();
  const entries = doc.getMap<Y.Map<unknown>>("days");
  for (let day = 0; day < days; day++) {
    const entry = new Y.Map<unknown>();
    const text = new Y.Text();
    doc.transact(() => {
      entry.set("text", text);
      entry.set("hours", 8);
      entries.set(`2026-07-${String(day + 1).padStart(2, "0")}`, entry);
    });
    for (let word = 1; word < perDay; word++) doc.transact(() => text.insert(text.length, `word${word} `));
  }
  return doc;
}

/** One update holding the whole logbook, as a sync step 2 would carry it. */
export function logbookState(): Uint8Array {
  return Y.encodeStateAsUpdate(offlineLogbook());
}
