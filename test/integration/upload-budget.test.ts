// What one person sends is what the server's update guard walks on its event loop, so it is
// bounded per second, over all of that person's connections, and an update the guard could not
// finish checking in time (a busy machine can cause that) is "try again later", not "malformed".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { startTestServer, type TestServer } from "../helpers/in-process-server";
import { provisionExchange } from "../helpers/provision";
import { sendUpdates } from "../helpers/send-updates";
import { manyEntries } from "../helpers/heavy-updates";

describe("a person's upload budget", () => {
  let test: TestServer;
  let people: Awaited<ReturnType<typeof provisionExchange>>;
  beforeAll(async () => {
    test = await startTestServer({ limits: { bytesPerSecondPerPerson: 10_000, byteBurstPerPerson: 250_000 } });
    people = await provisionExchange(test.url, test.setupToken);
  });
  afterAll(async () => {
    await test.close();
  });

  it("is shared by the person's connections, refused with 4529 past it, and not spent by anyone else", async () => {
    const student = `exchange/${people.exchange.exchangeId}/student`;
    const final = `exchange/${people.exchange.exchangeId}/student-final`;
    expect((await sendUpdates(test.wsUrl, student, people.student.token, [manyEntries(100_000, "cover")])).closed).toBeNull();
    expect((await sendUpdates(test.wsUrl, final, people.student.token, [manyEntries(100_000, "ratings")])).closed).toBeNull();
    const over = await sendUpdates(test.wsUrl, student, people.student.token, [manyEntries(100_000, "cover")]);
    expect(over.closed).toEqual({ code: 4529, reason: "too much data, slow down" });
    // The tutor's budget is their own.
    expect((await sendUpdates(test.wsUrl, `exchange/${people.exchange.exchangeId}/tutor`, people.tutor.token, [manyEntries(100_000, "comments")])).closed).toBeNull();
  });

  it("an update the guard cannot check within its deadline closes with 4529 (retry), not 4400", async () => {
    const slow = await startTestServer({ limits: { updateCheckDeadlineMs: 0 } });
    try {
      const joined = await provisionExchange(slow.url, slow.setupToken);
      const doc = new Y.Doc();
      doc.transact(() => {
        for (let i = 0; i < 5000; i++) doc.getMap("cover").set(`k${i}`, i);
      });
      const sent = await sendUpdates(slow.wsUrl, `exchange/${joined.exchange.exchangeId}/student`, joined.student.token, [Y.encodeStateAsUpdate(doc)]);
      expect(sent.closed).toEqual({ code: 4529, reason: "server busy: the update could not be checked in time, retry later" });
    } finally {
      await slow.close();
    }
  });
});
