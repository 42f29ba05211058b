import { beforeEach, describe, expect, it } from "vitest";
import { useMemoryLocalStorage } from "../../test/helpers/memory-local-storage";
import * as Y from "yjs";
import { trackUnsavedDeletions } from "./unsaved-deletions";
import { ClockRanges } from "./clock-ranges";
import { localEdit, remoteOrigin } from "./origins";

const deleteSetOf = (update: Uint8Array) => {
  const ranges = new ClockRanges();
  for (const [client, items] of Y.decodeUpdate(update).ds.clients) for (const item of items) ranges.add(client, item.clock, item.len);
  return ranges;
};

describe("unsaved deletions", () => {
  beforeEach(() => {
    useMemoryLocalStorage();
  });

  it("counts a person's deletions until the server says it committed them, also after a reload", () => {
    const doc = new Y.Doc();
    const tracker = trackUnsavedDeletions(doc, "exchange/x/student");
    const text = doc.getText("expectations");
    const origin = localEdit("student");
    doc.transact(() => text.insert(0, "Learn how a research lab works."), origin);
    expect(tracker.count()).toBe(0);
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    doc.transact(() => text.delete(24, 6), origin);
    expect(tracker.count()).toBe(6);

    // The tab is closed before the server answered: the next page still knows.
    tracker.dispose();
    const again = trackUnsavedDeletions(new Y.Doc(), "exchange/x/student");
    expect(again.count()).toBe(6);

    // Committed deletions of other clocks change nothing; these clear it.
    again.committed(ClockRanges.from(new Map([[doc.clientID + 1, [{ clock: 0, len: 100 }]]])));
    expect(again.count()).toBe(6);
    again.committed(deleteSetOf(updates[0]!));
    expect(again.count()).toBe(0);
    expect(localStorage.getItem("aql-unsaved-deletions:exchange/x/student")).toBeNull();
  });

  it("ignores deletions that arrived from elsewhere: they are not this device's work", () => {
    const doc = new Y.Doc();
    const tracker = trackUnsavedDeletions(doc, "d");
    const text = doc.getText("t");
    doc.transact(() => text.insert(0, "abc"), remoteOrigin);
    doc.transact(() => text.delete(0, 1), remoteOrigin);
    doc.transact(() => doc.getMap("m").set("k", 1), localEdit("p"));
    doc.transact(() => doc.getMap("m").delete("k"), "restore-unsaved");
    expect(tracker.count()).toBe(0);
    doc.transact(() => doc.getMap("m").set("j", 2), localEdit("p"));
    doc.transact(() => doc.getMap("m").delete("j"), localEdit("p"));
    expect(tracker.count()).toBe(1);
  });

  it("survives a damaged stored entry", () => {
    localStorage.setItem("aql-unsaved-deletions:d", "!!");
    expect(trackUnsavedDeletions(new Y.Doc(), "d").count()).toBe(0);
  });
});
