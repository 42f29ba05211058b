// Valid updates that make a document expensive to handle as a whole: many small structs per byte
// (map entries with distinct keys, from many client ids, so nothing merges), and "gapped" updates
// whose clocks start above 0 for client ids nobody has seen, which leave holes in the document.
import { randomInt } from "node:crypto";
import * as Y from "yjs";

const unseenClientId = () => 0x4000_0000 + randomInt(0x3fff_ffff);

function entriesUpdate(entries: number, rootName: string): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = unseenClientId();
  const map = doc.getMap<number>(rootName);
  doc.transact(() => {
    for (let i = 0; i < entries; i++) map.set(i.toString(36).padStart(4, "0"), i);
  });
  return Y.encodeStateAsUpdate(doc);
}

/** At most `bytes` (and nearly that) of map entries from one fresh client id, in one update. */
export function manyEntries(bytes: number, rootName: string): Uint8Array {
  const perEntry = entriesUpdate(1000, rootName).length / 1000;
  return entriesUpdate(Math.floor((bytes * 0.95) / perEntry), rootName);
}

/** Tiny updates, each from an unseen client id and starting at clock 1: the clock-0 struct is never sent. */
export function gappedUpdates(count: number, rootName: string): Uint8Array[] {
  return Array.from({ length: count }, () => {
    const doc = new Y.Doc();
    doc.clientID = unseenClientId();
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    const text = doc.getText(rootName);
    text.insert(0, "a");
    text.insert(1, "b");
    return updates[1] as Uint8Array;
  });
}
