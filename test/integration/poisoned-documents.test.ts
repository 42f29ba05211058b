// Participants with valid tokens try to poison what others load: a chain of about 12,000 nested
// Y.Maps in one update (140 KB) followed by the deletion of its outermost map, the same chain one
// level per update, nesting a program's event deeper than the program has, and the same poison
// put straight into storage, as a server without these checks would have stored it. Whatever the
// attempt, the committee's dashboard and every evaluation keep answering, and what the server
// hands to peers is a document they can load. In-process server on real SQLite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { startTestServer, type TestServer } from "../helpers/in-process-server";
import { createExchange, redeem, tokenFromLink, type Joined } from "../helpers/provision";
import { sendUpdates as send } from "../helpers/send-updates";
import { readServerState } from "../helpers/crash-writer";
import { loadError, nestedMapChain, nestedMapLevels } from "../helpers/poison";
import { studentRoots } from "../../src/logbook/student-document";
import { createEvent, programDocumentName, programRoots, readProgram } from "../../src/program/program-document";
import { addDays, todayIso } from "../../src/logbook/rules/calendar";
import { localEdit } from "../../src/sync/origins";
import type { DashboardSummary } from "../../src/exchanges/dashboard-row";

/** An update like the student's app writes: one logged day. */
function dayEntry(date: string, words: string): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    doc.getMap(studentRoots.day(date)).set("hours", 8);
    doc.getText(studentRoots.dayText(date, "activities")).insert(0, words);
  });
  return Y.encodeStateAsUpdate(doc);
}

describe("poisoned documents (real SQLite)", () => {
  let test: TestServer;
  let officer: Joined;
  const today = todayIso(new Date());
  const exchanges: { id: string; student: Joined; tutor: Joined; contact: Joined }[] = [];
  let baseline: DashboardSummary;

  const get = async (path: string, token = officer.token) => {
    const response = await fetch(`${test.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  const summary = async () => {
    const reply = await get("/api/summary");
    expect(reply.status, JSON.stringify(reply.json)).toBe(200);
    return reply.json as unknown as DashboardSummary;
  };
  /** The dashboard's rows without what changes by itself (the time it was computed, last sync). */
  const figures = (result: DashboardSummary) => result.rows.map(({ lastSyncAt: _, ...row }) => row).sort((a, b) => a.exchangeId.localeCompare(b.exchangeId));
  const studentDocument = (index: number) => `exchange/${exchanges[index]!.id}/student`;

  beforeAll(async () => {
    test = await startTestServer();
    officer = await redeem(test.url, test.setupToken, { name: "Olivia Officer", committeeName: "Test LC" });
    for (let i = 0; i < 3; i++) {
      const created = await createExchange(test.url, officer.token, { startDate: addDays(today, -10), endDate: addDays(today, 17), projectTitle: `Project ${i}` });
      const [student, tutor, contact] = await Promise.all([created.invites.student, created.invites.tutor, created.invites.contact].map((link) => redeem(test.url, tokenFromLink(link))));
      exchanges.push({ id: created.exchangeId, student: student!, tutor: tutor!, contact: contact! });
      expect((await send(test.wsUrl, `exchange/${created.exchangeId}/student`, student!.token, [dayEntry(addDays(today, -3), `Day of exchange ${i}`)])).closed).toBeNull();
    }
    baseline = await summary();
    expect(baseline.rows.map((row) => row.daysLogged)).toEqual([1, 1, 1]);
  });
  afterAll(async () => {
    await test?.close();
  });

  it("a student's chain of 12,000 nested maps and its deletion are refused; the dashboard and the evaluation keep answering", async () => {
    const poison = nestedMapChain(12_000, studentRoots.cover);
    expect(poison.chain.length).toBeLessThan(150_000);
    expect(loadError([poison.chain, poison.deleteOutermost])).toMatch(/RangeError/);

    const sent = await send(test.wsUrl, studentDocument(0), exchanges[0]!.student.token, [poison.chain, poison.deleteOutermost]);
    expect(sent.closed?.code).toBe(4400);
    expect(sent.closed?.reason).toMatch(/^invalid update: /);

    const stored = await readServerState(test.wsUrl, studentDocument(0), exchanges[0]!.tutor.token);
    expect(Y.decodeStateVector(Y.encodeStateVectorFromUpdate(stored)).get(poison.clientId)).toBeUndefined();
    expect(loadError([stored])).toBeNull();
    expect(figures(await summary())).toEqual(figures(baseline));
    for (const exchange of exchanges) expect((await get(`/api/evaluations/${exchange.id}`)).status).toBe(200);
  });

  it("the chain sent one level per update is refused at its first nested map", async () => {
    const poison = nestedMapLevels(50, studentRoots.cover);
    const sent = await send(test.wsUrl, studentDocument(1), exchanges[1]!.student.token, poison.levels);
    expect(sent.closed?.code).toBe(4400);
    const stored = await readServerState(test.wsUrl, studentDocument(1), exchanges[1]!.tutor.token);
    expect(Y.decodeStateVector(Y.encodeStateVectorFromUpdate(stored)).get(poison.clientId)).toBeUndefined();
  });

  it("a contact person adds events to the committee's program but cannot nest anything deeper; its students still load it", async () => {
    const program = programDocumentName(officer.committeeId);
    const contact = exchanges[0]!.contact;
    const device = new Y.Doc();
    const writes: Uint8Array[] = [];
    device.on("update", (update: Uint8Array) => writes.push(update));
    const eventId = createEvent(device, localEdit(contact.personId), { title: "Welcome dinner", date: today, startTime: "19:00" });
    expect((await send(test.wsUrl, program, contact.token, writes.splice(0))).closed).toBeNull();

    // A map inside an event's map, and a text inside an event's text: one level more than the program has.
    const event = device.getMap<Y.Map<unknown>>(programRoots.events).get(eventId)!;
    event.set("nested", new Y.Map());
    const deeper = writes.splice(0);
    expect((await send(test.wsUrl, program, contact.token, deeper)).closed?.code).toBe(4400);
    const title = event.get("title") as Y.Text;
    title.insertEmbed(0, new Y.Text("inside"));
    expect((await send(test.wsUrl, program, contact.token, writes.splice(0))).closed?.code).toBe(4400);
    expect((await send(test.wsUrl, program, contact.token, [nestedMapChain(12_000, programRoots.events).chain])).closed?.code).toBe(4400);

    const stored = await readServerState(test.wsUrl, program, exchanges[1]!.student.token);
    expect(loadError([stored])).toBeNull();
    const read = new Y.Doc();
    Y.applyUpdate(read, stored);
    expect(readProgram(read).events.map((e) => e.title)).toEqual(["Welcome dinner"]);
  });

  it("poison already in storage (stored before these checks) takes down neither the dashboard nor an evaluation, and peers get a document they can load", async () => {
    const poison = nestedMapChain(12_000, studentRoots.cover);
    await test.server.storage.append(studentDocument(2), [poison.chain, poison.deleteOutermost]);
    const programPoison = nestedMapChain(12_000, programRoots.events);
    await test.server.storage.append(programDocumentName(officer.committeeId), [programPoison.chain, programPoison.deleteOutermost]);
    expect(loadError(await test.server.storage.load(studentDocument(2)))).toMatch(/RangeError/);

    expect(figures(await summary())).toEqual(figures(baseline));
    for (const exchange of exchanges) expect((await get(`/api/evaluations/${exchange.id}`)).status).toBe(200);

    // Peers loading the documents get the honest content and nothing that overflows their stack.
    const stored = await readServerState(test.wsUrl, studentDocument(2), exchanges[2]!.tutor.token);
    expect(loadError([stored])).toBeNull();
    const logbook = new Y.Doc();
    Y.applyUpdate(logbook, stored);
    expect(logbook.getText(studentRoots.dayText(addDays(today, -3), "activities")).toString()).toBe("Day of exchange 2");
    const program = await readServerState(test.wsUrl, programDocumentName(officer.committeeId), exchanges[2]!.student.token);
    expect(loadError([program])).toBeNull();
    expect((await fetch(`${test.url}/healthz`)).status).toBe(200);
  });

  it("a document that cannot be read at all gives one clear error for its exchange; the rest of the dashboard and the other evaluations answer", async () => {
    // Bytes no Yjs decoder accepts, as a damaged disk or an older server's bug could leave them.
    const broken = exchanges[1]!.id;
    await test.server.storage.append(`exchange/${broken}/tutor`, [new Uint8Array([1, 1, 200, 1, 0, 7])]);
    await test.server.storage.append(`exchange/${broken}/student-final`, [new Uint8Array([1, 1, 200, 1, 0, 7])]);

    const result = await summary();
    expect(result.rows.map((row) => row.exchangeId).sort()).toEqual([exchanges[0]!.id, exchanges[2]!.id].sort());
    expect(result.problems).toEqual([{ exchangeId: broken, projectTitle: "Project 1", error: "document-unreadable", message: expect.stringMatching(/could not be read/) }]);
    const evaluation = await get(`/api/evaluations/${broken}`);
    expect(evaluation).toEqual({ status: 503, json: { error: "document-unreadable", message: expect.stringMatching(/could not be read/) } });
    for (const other of [exchanges[0]!, exchanges[2]!]) expect((await get(`/api/evaluations/${other.id}`)).status).toBe(200);
    expect((await fetch(`${test.url}/healthz`)).status).toBe(200);
  });
});
