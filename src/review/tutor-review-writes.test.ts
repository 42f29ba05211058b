import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { localEdit } from "../sync/origins";
import { readTutorDocument } from "./tutor-document";
import { createTutorReviewWriter, type TutorReviewWriterOptions } from "./tutor-review-writes";

const origin = localEdit("tutor-1");

function tutorDevice(options: Partial<TutorReviewWriterOptions> = {}) {
  const doc = new Y.Doc();
  const origins: unknown[] = [];
  // Only transactions that change something: a first read of an array root integrates it in an empty one.
  doc.on("afterTransaction", (transaction: Y.Transaction) => {
    if (transaction.changed.size > 0) origins.push(transaction.origin);
  });
  let clock = 1_000;
  const failures: unknown[] = [];
  const writer = createTutorReviewWriter(doc, {
    origin,
    editor: { label: "Dr. Ana · Linux computer", personId: "tutor-1", device: () => "0a1b2c3d" },
    now: () => clock,
    onFailure: (error) => failures.push(error),
    ...options,
  });
  return { doc, writer, origins, failures, tick: (ms: number) => (clock += ms) };
}

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe("the tutor's writes", () => {
  it("saves a comment per day under comment:<date>, one transaction per keystroke, with the tutor's origin", () => {
    const { doc, writer, origins } = tutorDevice();
    writer.setComment("2026-07-01", "Good");
    writer.setComment("2026-07-01", "Good work");
    expect(doc.getText("comment:2026-07-01").toString()).toBe("Good work");
    expect(readTutorDocument(doc).comments).toEqual({ "2026-07-01": "Good work" });
    expect(origins).toEqual([origin, origin]);
  });

  it("keeps both devices' words when the tutor comments on two devices offline", () => {
    const laptop = tutorDevice();
    const phone = tutorDevice();
    laptop.writer.setComment("2026-07-01", "Careful with the pipette.");
    sync(laptop.doc, phone.doc);
    laptop.writer.setComment("2026-07-01", "Careful with the pipette. Well done.");
    phone.writer.setComment("2026-07-01", "Note: Careful with the pipette.");
    phone.writer.setComment("2026-07-02", "Nice poster draft.");
    sync(laptop.doc, phone.doc);
    const merged = readTutorDocument(laptop.doc).comments;
    expect(merged["2026-07-01"]).toBe("Note: Careful with the pipette. Well done.");
    expect(merged["2026-07-02"]).toBe("Nice poster draft.");
    expect(readTutorDocument(phone.doc).comments).toEqual(merged);
  });

  it("confirms a week under its number as a string, with the time and a note", () => {
    const { doc, writer, tick, origins } = tutorDevice();
    writer.confirmWeek(3, true, "");
    expect(doc.getMap("attendanceConfirmations").get("3")).toEqual({ confirmed: true, at: 1_000, note: "" });
    tick(60_000);
    writer.confirmWeek(3, true, "Absent Tuesday, agreed in advance.");
    // Editing the note does not move the moment of confirmation.
    expect(readTutorDocument(doc).attendanceConfirmations).toEqual({ "3": { confirmed: true, at: 1_000, note: "Absent Tuesday, agreed in advance." } });
    writer.confirmWeek(3, false, "Absent Tuesday, agreed in advance.");
    expect(readTutorDocument(doc).attendanceConfirmations["3"]).toEqual({ confirmed: false, at: null, note: "Absent Tuesday, agreed in advance." });
    tick(1_000);
    writer.confirmWeek(3, true, "");
    expect(readTutorDocument(doc).attendanceConfirmations["3"]).toEqual({ confirmed: true, at: 62_000, note: "" });
    expect(origins.every((o) => o === origin)).toBe(true);
    expect(origins).toHaveLength(4);
  });

  it("saves the tutor's appraisal and stamps who wrote it and when, in one transaction", () => {
    const { doc, writer, origins } = tutorDevice();
    writer.setTutorAppraisal("mid-exchange", "Reliable and curious.");
    expect(origins).toEqual([origin]);
    expect(doc.getText("tutor-appraisal:mid-exchange:text").toString()).toBe("Reliable and curious.");
    expect(readTutorDocument(doc).appraisals).toEqual({
      "mid-exchange": { assessment: "Reliable and curious.", lastEdit: { at: 1_000, by: "Dr. Ana · Linux computer", personId: "tutor-1", device: "0a1b2c3d" } },
    });
  });

  it("reports a write that fails on this device instead of throwing", () => {
    const { doc, writer, failures } = tutorDevice();
    const full = new DOMException("quota", "QuotaExceededError");
    doc.on("update", () => {
      throw full;
    });
    expect(() => writer.setComment("2026-07-01", "x")).not.toThrow();
    expect(failures).toEqual([full]);
  });
});
