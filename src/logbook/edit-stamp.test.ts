import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { editAuthor, readStamp, writeStamp } from "./edit-stamp";

describe("edit stamps", () => {
  const stamped = (device: string) => {
    const map = new Y.Doc().getMap<unknown>("day:2026-07-01");
    writeStamp(map, { label: "Sam Student · Android phone", personId: "sam", device: () => device }, 1_000);
    return readStamp(map)!;
  };

  it("tells the viewer's own edit on this device from one on another device and from another person's", () => {
    const edit = stamped("aaaa1111");
    expect(edit).toEqual({ at: 1_000, by: "Sam Student · Android phone", personId: "sam", device: "aaaa1111" });
    expect(editAuthor(edit, { personId: "sam", device: "aaaa1111" })).toEqual({ kind: "you-here" });
    expect(editAuthor(edit, { personId: "sam", device: "bbbb2222" })).toEqual({ kind: "you-elsewhere", device: "Android phone" });
    expect(editAuthor(edit, { personId: "ana", device: "aaaa1111" })).toEqual({ kind: "other", name: "Sam Student · Android phone" });
  });

  it("names the editor of an older stamp, which recorded no person or device", () => {
    const map = new Y.Doc().getMap<unknown>("day:2026-07-01");
    map.set("editedAt", 5);
    map.set("editedBy", "Sam Student · iOS phone");
    expect(editAuthor(readStamp(map)!, { personId: "sam", device: "aaaa1111" })).toEqual({ kind: "other", name: "Sam Student · iOS phone" });
    // A stamp written before the device's identity was read records no device: "another device" is the honest reading.
    expect(editAuthor(stamped(""), { personId: "sam", device: "aaaa1111" })).toEqual({ kind: "you-elsewhere", device: "Android phone" });
  });
});
