import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { replaceText } from "./y-text-edit";
import { localEdit } from "./origins";

const origin = localEdit("person");

function syncBoth(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe("replaceText", () => {
  it("produces the new text for insertions, deletions and replacements", () => {
    const doc = new Y.Doc();
    const text = doc.getText("t");
    for (const next of ["hello", "hello world", "hello brave world", "help", "", "ab", "aab", "abab", "b"]) {
      replaceText(text, next, origin);
      expect(text.toString()).toBe(next);
    }
  });

  it("keeps both people's words when they edit different parts of one field offline", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    replaceText(a.getText("t"), "Day one in the lab.", origin);
    syncBoth(a, b);
    replaceText(a.getText("t"), "First: Day one in the lab.", origin);
    replaceText(b.getText("t"), "Day one in the lab. Met the team.", origin);
    syncBoth(a, b);
    expect(a.getText("t").toString()).toBe("First: Day one in the lab. Met the team.");
    expect(b.getText("t").toString()).toBe(a.getText("t").toString());
  });

  it("labels the transaction with the given origin", () => {
    const doc = new Y.Doc();
    const seen: unknown[] = [];
    doc.on("update", (_update: Uint8Array, o: unknown) => seen.push(o));
    replaceText(doc.getText("t"), "x", origin);
    expect(seen).toEqual([origin]);
  });
});
