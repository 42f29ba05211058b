import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { startTestServer, type TestServer } from "../helpers/in-process-server";
import { provisionExchange } from "../helpers/provision";
import { covers, durableObserver, stockClient, waitFor } from "../helpers/clients";

describe("stock y-websocket clients against the server (real SQLite)", () => {
  let test: TestServer;
  let people: Awaited<ReturnType<typeof provisionExchange>>;
  beforeAll(async () => {
    test = await startTestServer();
    people = await provisionExchange(test.url, test.setupToken);
  });
  afterAll(async () => {
    await test.close();
  });

  const studentDoc = () => `exchange/${people.exchange.exchangeId}/student`;

  for (const count of [2, 5]) {
    it(`${count} clients editing one document converge`, async () => {
      const name = studentDoc();
      // The student writes on several devices; a stock client is one device each.
      const clients = Array.from({ length: count }, () => stockClient(test.wsUrl, name, people.student.token));
      await waitFor(() => clients.every((c) => c.provider.synced), 10_000, "initial sync");
      clients.forEach((client, index) => {
        const text = client.doc.getText(`converge-${count}`);
        for (let i = 0; i < 20; i++) text.insert(text.length, `${index}:${i};`);
        client.doc.getMap("days").set(`client-${count}-${index}`, index);
      });
      const entries = (doc: Y.Doc) => doc.getText(`converge-${count}`).toString().split(";").length - 1;
      await waitFor(() => clients.every((c) => c.doc.getMap("days").size >= count && entries(c.doc) === count * 20), 15_000, "convergence");
      const reference = Y.encodeStateAsUpdateV2(clients[0]!.doc);
      for (const client of clients) {
        expect(client.doc.getText(`converge-${count}`).toString()).toBe(clients[0]!.doc.getText(`converge-${count}`).toString());
        expect(Buffer.from(Y.encodeStateAsUpdateV2(client.doc)).equals(Buffer.from(reference))).toBe(true);
      }
      clients.forEach((c) => c.provider.destroy());
    });
  }

  it("a client with 1,000 offline updates reconnects: all acknowledged and seen by others", async () => {
    const name = studentDoc();
    const observer = await durableObserver(test.wsUrl, name, people.tutor.token);
    const other = stockClient(test.wsUrl, name, people.tutor.token);
    const offline = stockClient(test.wsUrl, name, people.student.token, new Y.Doc(), false);
    const log = offline.doc.getArray<number>("offline-log");
    for (let i = 0; i < 1000; i++) offline.doc.transact(() => log.push([i]));
    offline.provider.connect();
    await waitFor(() => other.doc.getArray("offline-log").length === 1000, 20_000, "others to see 1,000 updates");
    await waitFor(() => covers(observer.state.latest, offline.doc), 20_000, "durable ack to cover the backlog");
    expect(other.doc.getArray<number>("offline-log").toArray()).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    // The acknowledgement is about disk: a fresh server on the same files has all of it.
    offline.provider.destroy();
    other.provider.destroy();
    observer.close();
  });
});
