// The offer store conformance suite on SQLite: in memory, and on a file that is reopened.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { createSqliteOfferStore } from "./sqlite-offer-store";
import { describeOfferStoreConformance, sampleApplication } from "./offer-store-conformance";

describeOfferStoreConformance("SQLite in memory", async () => {
  const db = new Database(":memory:");
  return { store: createSqliteOfferStore(db), cleanup: async () => void db.close() };
});

it("keeps applications and files across a reopen of the SQLite file", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aql-offers-"));
  const file = path.join(dir, "offers.sqlite");
  const first = new Database(file);
  await createSqliteOfferStore(first).addApplication(sampleApplication("a1", "o1"), "a1", "t1", { cv: new Uint8Array([37, 80, 68, 70, 45]) });
  first.close();
  const second = new Database(file);
  const store = createSqliteOfferStore(second);
  expect(await store.file("a1", "cv")).toEqual(new Uint8Array([37, 80, 68, 70, 45]));
  second.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
