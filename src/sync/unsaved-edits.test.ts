import { beforeEach, describe, expect, it } from "vitest";
import { useMemoryLocalStorage } from "../../test/helpers/memory-local-storage";
import * as Y from "yjs";
import { createUnsavedEdits } from "./unsaved-edits";

describe("the unsaved-edits net", () => {
  beforeEach(() => {
    useMemoryLocalStorage();
  });

  it("gives back what a closed page had not committed, and forgets what was committed", () => {
    const before = new Y.Doc();
    const net = createUnsavedEdits("exchange/x/student");
    let first = 0;
    before.on("update", (update: Uint8Array) => {
      const marker = net.remember(update);
      if (!first) first = marker;
    });
    before.getText("t").insert(0, "committed ");
    net.committed(first);
    before.getText("t").insert(10, "lost on reload");

    // The next page.
    const reloaded = new Y.Doc();
    createUnsavedEdits("exchange/x/student").restoreInto(reloaded, "restore");
    // Only the second, uncommitted update was kept; applied alone it waits for its dependency…
    expect(reloaded.getText("t").toString()).toBe("");
    // …which the stored state supplies.
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(before));
    expect(reloaded.getText("t").toString()).toBe("committed lost on reload");
  });

  it("clears itself once everything is committed, and ignores damaged entries", () => {
    const net = createUnsavedEdits("d");
    const doc = new Y.Doc();
    let last = 0;
    doc.on("update", (update: Uint8Array) => (last = net.remember(update)));
    doc.getMap("m").set("a", 1);
    expect(localStorage.getItem("aql-unsaved:d")).not.toBeNull();
    net.committed(last);
    expect(localStorage.getItem("aql-unsaved:d")).toBeNull();
    localStorage.setItem("aql-unsaved:d", JSON.stringify(["!!not base64 update!!"]));
    const target = new Y.Doc();
    expect(() => createUnsavedEdits("d").restoreInto(target, "restore")).not.toThrow();
  });
});
