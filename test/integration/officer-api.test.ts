// The officer's API against an in-process server with real SQLite: the dashboard summary
// computed from documents written by stock y-websocket clients for three exchanges in different
// states (ongoing with a filled logbook, cancelled, upcoming), editing and cancelling
// exchanges, revoked invites, and the project form's validation answered with 400 per field.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import { startTestServer, type TestServer } from "../helpers/in-process-server";
import { createExchange, exchangeForm, redeem, tokenFromLink, type Joined, type ProvisionedExchange } from "../helpers/provision";
import { recordDenials, stockClient, waitFor } from "../helpers/clients";
import { addDays, todayIso } from "../../src/logbook/rules/calendar";
import { studentRoots } from "../../src/logbook/student-document";
import { tutorRoots } from "../../src/review/tutor-document";
import type { DashboardRow, DashboardSummary } from "../../src/exchanges/dashboard-row";

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWorkingDay = (date: string) => weekday(date) !== 0 && weekday(date) !== 6;
const datesFrom = (start: string, count: number) => Array.from({ length: count }, (_, i) => addDays(start, i));

describe("officer API: summary, edit, cancel, invites, validation (real SQLite)", () => {
  let test: TestServer;
  let officer: Joined;
  const today = todayIso(new Date());
  const startedAt = Date.now();

  const call = async (method: "GET" | "POST" | "PUT", path: string, body?: unknown, token = officer.token) => {
    const response = await fetch(`${test.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };

  const storedState = async (name: string) => {
    const updates = await test.server.storage.load(name);
    return updates.length ? Y.encodeStateVectorFromUpdate(Y.mergeUpdates(updates)) : Y.encodeStateVector(new Y.Doc());
  };

  /** Writes like a device does (a stock client), and waits until the server stored all of it. */
  const writeDocument = async (name: string, token: string, edit: (doc: Y.Doc) => void) => {
    const client = stockClient(test.wsUrl, name, token);
    await waitFor(() => client.provider.synced, 10_000, `sync of ${name}`);
    client.doc.transact(() => edit(client.doc));
    const wanted = Y.decodeStateVector(Y.encodeStateVector(client.doc));
    const started = Date.now();
    for (;;) {
      const held = Y.decodeStateVector(await storedState(name));
      if ([...wanted].every(([c, clock]) => (held.get(c) ?? 0) >= clock)) break;
      if (Date.now() - started > 10_000) throw new Error(`${name} was not stored`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return client;
  };

  // Exchange A: ongoing, 21st day of 28; its logbook has days, attendance and appraisals.
  const ongoingStart = addDays(today, -20);
  const ongoingDays = datesFrom(ongoingStart, 28);
  const workingSoFar = ongoingDays.filter((d) => d <= today && isWorkingDay(d));
  const weekend = ongoingDays.find((d) => d <= today && !isWorkingDay(d))!;
  let ongoing: ProvisionedExchange;
  let ongoingPeople: Record<"student" | "tutor" | "contact", Joined>;
  // Exchange B: cancelled after the student logged a day. Exchange C: upcoming, nobody joined.
  let cancelled: ProvisionedExchange;
  let cancelledStudent: Joined;
  let upcoming: ProvisionedExchange;

  beforeAll(async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {}); // y-websocket's permission-denied handler
    test = await startTestServer();
    officer = await redeem(test.url, test.setupToken, { name: "Olivia Officer", committeeName: "Test LC" });

    ongoing = await createExchange(test.url, officer.token, { projectTitle: "Ongoing", startDate: ongoingStart, endDate: addDays(ongoingStart, 27), student: { ...exchangeForm().student, name: "Ana Ongoing" } });
    ongoingPeople = {
      student: await redeem(test.url, tokenFromLink(ongoing.invites.student)),
      tutor: await redeem(test.url, tokenFromLink(ongoing.invites.tutor)),
      contact: await redeem(test.url, tokenFromLink(ongoing.invites.contact)),
    };
    const [d1, d2, d3, d4, d5] = workingSoFar as [string, string, string, string, string];
    (await writeDocument(`exchange/${ongoing.exchangeId}/student`, ongoingPeople.student.token, (doc) => {
      doc.getMap(studentRoots.day(d1)).set("hours", 7);
      // The app stamps the day's map with every edit of one of its texts.
      doc.getMap(studentRoots.day(d2)).set("editedAt", Date.now());
      doc.getText(studentRoots.dayText(d2, "activities")).insert(0, "Ward round and two admissions");
      doc.getMap(studentRoots.day(d3)).set("editedAt", Date.now());
      doc.getText(studentRoots.dayText(d3, "reflection")).insert(0, "Learnt to present a case");
      doc.getMap(studentRoots.day(d4)).set("skill:history-taking", true); // skills alone do not make a logged day
      doc.getMap(studentRoots.day(d5)).set("hours", 0);
      doc.getMap(studentRoots.day(weekend)).set("hours", 3); // a weekend day counts, but not as a working day
      const attendance = doc.getMap(studentRoots.attendance);
      attendance.set(d1, "present");
      attendance.set(d2, "present");
      attendance.set(d3, "absent");
      attendance.set(d4, "excused");
      attendance.set(weekend, "present"); // not a working day: left out of the totals
      doc.getMap(studentRoots.appraisal("mid-exchange")).set("expectationsMet", "partly");
      // Done by the one rule of every screen: the self-assessment is written.
      doc.getText(studentRoots.appraisalText("mid-exchange")).insert(0, "Settling in.");
      doc.getText(studentRoots.appraisalText("end-of-exchange")).insert(0, "Early thoughts");
      doc.getMap(studentRoots.appraisal("end-of-exchange")).set("editedAt", Date.now());
    })).provider.destroy();
    (await writeDocument(`exchange/${ongoing.exchangeId}/tutor`, ongoingPeople.tutor.token, (doc) => {
      doc.getMap(tutorRoots.appraisal("mid-exchange")).set("editedAt", Date.now());
      doc.getText(tutorRoots.appraisalText("mid-exchange")).insert(0, "Good progress.");
      const confirmations = doc.getMap(tutorRoots.attendanceConfirmations);
      confirmations.set("1", { confirmed: true, at: Date.now(), note: "" });
      confirmations.set("2", { confirmed: true, at: Date.now(), note: "" });
      confirmations.set("3", { confirmed: false, at: null, note: "not yet" });
    })).provider.destroy();

    const cancelledStart = addDays(today, -3);
    cancelled = await createExchange(test.url, officer.token, { projectTitle: "Cancelled", startDate: cancelledStart, endDate: addDays(cancelledStart, 41), kind: "professional" });
    cancelledStudent = await redeem(test.url, tokenFromLink(cancelled.invites.student));
    (await writeDocument(`exchange/${cancelled.exchangeId}/student`, cancelledStudent.token, (doc) => {
      doc.getMap(studentRoots.day(addDays(cancelledStart, 0))).set("hours", 6);
    })).provider.destroy();

    upcoming = await createExchange(test.url, officer.token, { projectTitle: "Upcoming", startDate: addDays(today, 30), endDate: addDays(today, 30 + 55) });
  });

  afterAll(async () => {
    await test?.close();
    vi.restoreAllMocks();
  });

  const summary = async () => {
    const { status, json } = await call("GET", "/api/summary");
    expect(status).toBe(200);
    return json as unknown as DashboardSummary;
  };
  const rowOf = (rows: DashboardRow[], id: string) => rows.find((row) => row.exchangeId === id)!;

  it("cancelling needs a reason, happens once, and keeps the people reading but not writing", async () => {
    // A device that is connected when the officer cancels: its next write must be refused too.
    const openBefore = stockClient(test.wsUrl, `exchange/${cancelled.exchangeId}/student`, cancelledStudent.token);
    const refusedOnOpenSocket = recordDenials(openBefore.provider);
    await waitFor(() => openBefore.provider.synced, 10_000, "the student's connection before cancelling");
    expect((await call("POST", `/api/exchanges/${cancelled.exchangeId}/cancel`, {})).status).toBe(400);
    expect((await call("POST", `/api/exchanges/${cancelled.exchangeId}/cancel`, { reason: "  " })).status).toBe(400);
    const done = await call("POST", `/api/exchanges/${cancelled.exchangeId}/cancel`, { reason: "The student withdrew" });
    expect(done.status).toBe(200);
    expect(done.json.cancelledReason).toBe("The student withdrew");
    expect((await call("POST", `/api/exchanges/${cancelled.exchangeId}/cancel`, { reason: "again" })).status).toBe(409);
    expect((await call("PUT", `/api/exchanges/${cancelled.exchangeId}`, exchangeForm())).status).toBe(409);
    expect((await call("POST", `/api/exchanges/${cancelled.exchangeId}/invites/tutor`)).status).toBe(409);

    // Nobody joins any more: the unused tutor invite was withdrawn.
    const join = await fetch(`${test.url}/api/invites/preview`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ token: tokenFromLink(cancelled.invites.tutor) }) });
    expect(join.status).toBe(410);
    expect(((await join.json()) as { error: string }).error).toBe("invite-revoked");

    // The student still reads, and is told the document is read-only.
    const me = await call("GET", "/api/me", undefined, cancelledStudent.token);
    expect((me.json.documents as { name: string; access: string }[]).find((d) => d.name === `exchange/${cancelled.exchangeId}/student`)?.access).toBe("read");
    const name = `exchange/${cancelled.exchangeId}/student`;
    const before = await storedState(name);
    const client = stockClient(test.wsUrl, name, cancelledStudent.token);
    const denials: string[] = [];
    const auth = client.provider.messageHandlers[2]!;
    client.provider.messageHandlers[2] = (encoder, decoder, provider, emitSynced, type) => {
      const peek = decoding.clone(decoder);
      if (decoding.readVarUint(peek) === 0) denials.push(decoding.readVarString(peek));
      auth(encoder, decoder, provider, emitSynced, type);
    };
    await waitFor(() => client.provider.synced && client.doc.share.size > 0, 10_000, "the cancelled student's read");
    client.doc.getMap(studentRoots.day(today)).set("hours", 5);
    await waitFor(() => denials.length > 0, 10_000, "a refusal");
    expect(denials[0]).toMatch(/^read-only:/);
    client.provider.destroy();

    openBefore.doc.getMap(studentRoots.day(today)).set("activities", "Written after the cancellation");
    await waitFor(() => refusedOnOpenSocket.length > 0, 10_000, "a refusal on the socket opened before cancelling");
    expect(refusedOnOpenSocket[0]).toMatch(/^cancelled:/);
    expect(Buffer.from(await storedState(name)).equals(Buffer.from(before))).toBe(true);
    openBefore.provider.destroy();

    // The server remembers the cancellation across a restart.
    const again = await startTestServer({ dataDir: test.dataDir as string });
    try {
      const restarted = stockClient(again.wsUrl, name, cancelledStudent.token);
      const refusedAfterRestart = recordDenials(restarted.provider);
      await waitFor(() => restarted.provider.synced && restarted.doc.share.size > 0, 10_000, "the read after a restart");
      restarted.doc.getMap(studentRoots.day(today)).set("hours", 3);
      await waitFor(() => refusedAfterRestart.length > 0, 10_000, "a refusal after a restart");
      expect(refusedAfterRestart[0]).toMatch(/^read-only:/);
      restarted.provider.destroy();
    } finally {
      await again.close();
    }
  });

  it("the summary's figures match the documents of the three exchanges", async () => {
    const result = await summary();
    expect(result.today).toBe(today);
    expect(result.rows.map((r) => r.exchangeId).sort()).toEqual([ongoing.exchangeId, cancelled.exchangeId, upcoming.exchangeId].sort());

    const a = rowOf(result.rows, ongoing.exchangeId);
    expect(a).toMatchObject({ status: "ongoing", cancelledReason: null, studentName: "Ana Ongoing", kind: "research", daysLogged: 3, daysExpected: 20 });
    expect(a.attendance).toEqual({
      present: 2,
      absent: 1,
      excused: 1,
      undeclared: workingSoFar.length - 4,
      upcoming: 20 - workingSoFar.length,
      total: 20,
    });
    // 28 days: mid-exchange due on day 14 (passed), end-of-exchange on day 28 (not yet).
    expect(a.appraisalsDue).toBe(1);
    expect(a.appraisalsDone).toBe(1);
    expect(a.appraisals).toEqual([
      { id: "mid-exchange", dueDate: addDays(ongoingStart, 13), studentDone: true, tutorDone: true },
      { id: "end-of-exchange", dueDate: addDays(ongoingStart, 27), studentDone: true, tutorDone: false },
    ]);
    expect({ weeksConfirmed: a.weeksConfirmed, weeksStarted: a.weeksStarted }).toEqual({ weeksConfirmed: 2, weeksStarted: 3 });
    expect(a.lastSyncAt).toBeGreaterThanOrEqual(startedAt);
    expect(a.lastSyncAt).toBeLessThanOrEqual(Date.now());
    expect(a.joined).toEqual({ student: true, tutor: true, contact: true });
    expect(a.signatures).toEqual({ signedBy: [], certificateReady: false });

    const b = rowOf(result.rows, cancelled.exchangeId);
    expect(b).toMatchObject({ status: "cancelled", cancelledReason: "The student withdrew", kind: "professional", daysLogged: 1, appraisalsDue: 0, appraisalsDone: 0 });
    expect(b.daysExpected).toBe(datesFrom(addDays(today, -3), 42).filter(isWorkingDay).length);
    expect(b.joined).toEqual({ student: true, tutor: false, contact: false });
    expect(b.lastSyncAt).not.toBeNull();

    const c = rowOf(result.rows, upcoming.exchangeId);
    expect(c).toMatchObject({ status: "upcoming", daysLogged: 0, daysExpected: 40, appraisalsDue: 0, appraisalsDone: 0, weeksStarted: 0, lastSyncAt: null });
    expect(c.appraisals.map((x) => x.id)).toEqual(["first-quarter", "mid-exchange", "third-quarter", "end-of-exchange"]);
    expect(c.attendance).toMatchObject({ present: 0, undeclared: 0, upcoming: 40, total: 40 });
    expect(c.joined).toEqual({ student: false, tutor: false, contact: false });
  });

  it("keeps the last sync time across a restart", async () => {
    const before = rowOf((await summary()).rows, ongoing.exchangeId).lastSyncAt;
    await test.server.close();
    const dataDir = test.dataDir!;
    const restarted = await startTestServer({ dataDir });
    const closeOriginal = test.close;
    test = {
      ...restarted,
      async close() {
        await restarted.close();
        await closeOriginal();
      },
    };
    expect(rowOf((await summary()).rows, ongoing.exchangeId).lastSyncAt).toBe(before);
  });

  it("only an officer reads the summary, and only their own committee's", async () => {
    expect((await call("GET", "/api/summary", undefined, ongoingPeople.student.token)).status).toBe(403);
    expect((await call("GET", "/api/summary", undefined, ongoingPeople.contact.token)).status).toBe(403);
    const anonymous = await fetch(`${test.url}/api/summary`);
    expect(anonymous.status).toBe(401);
  });

  it("a revoked invite can no longer be redeemed; a re-issued one can, once", async () => {
    const revoked = await call("POST", `/api/exchanges/${upcoming.exchangeId}/invites/student/revoke`);
    expect(revoked).toEqual({ status: 200, json: { revoked: 1 } });
    await expect(redeem(test.url, tokenFromLink(upcoming.invites.student))).rejects.toThrow(/410.*invite-revoked/);
    const detail = await call("GET", `/api/exchanges/${upcoming.exchangeId}`);
    const student = (detail.json.people as { role: string; inviteExpiresAt: number | null }[]).find((p) => p.role === "student")!;
    expect(student.inviteExpiresAt).toBeNull();

    const reissued = await call("POST", `/api/exchanges/${upcoming.exchangeId}/invites/student`);
    expect(reissued.status).toBe(201);
    const joined = await redeem(test.url, tokenFromLink(reissued.json.invite as string));
    expect(joined.documents.map((d) => d.name).sort()).toEqual(
      [`committee/${officer.committeeId}/program`, ...["arrival", "student", "student-arrival", "student-final", "tutor", "tutor-final"].map((k) => `exchange/${upcoming.exchangeId}/${k}`)].sort(),
    );
    await expect(redeem(test.url, tokenFromLink(upcoming.invites.student))).rejects.toThrow(/410.*invite-revoked/);
  });

  it("the contact person follows the arrival of their exchange and the program", () => {
    expect(ongoingPeople.contact.documents).toEqual([
      { name: `exchange/${ongoing.exchangeId}/arrival`, access: "write" },
      { name: `exchange/${ongoing.exchangeId}/student-arrival`, access: "read" },
      { name: `committee/${officer.committeeId}/program`, access: "write" },
    ]);
  });

  describe("validation: the server refuses what the form refuses, with 400 per field", () => {
    const cases: [string, Record<string, unknown>, Record<string, string>][] = [
      ["a period of 3 weeks", { startDate: "2026-07-01", endDate: "2026-07-21" }, { endDate: "periodLength" }],
      ["a period of 9 weeks", { startDate: "2026-07-01", endDate: "2026-09-01" }, { endDate: "periodLength" }],
      ["a period that ends before it starts", { startDate: "2026-07-01", endDate: "2026-06-01" }, { endDate: "dateOrder" }],
      ["a missing tutor", { tutor: { name: "", email: "" } }, { "tutor.name": "required", "tutor.email": "required" }],
      ["no tutor at all", { tutor: undefined }, { "tutor.name": "required", "tutor.email": "required" }],
      ["a bad e-mail", { tutor: { name: "Dr. Ana", email: "ana@hospital" } }, { "tutor.email": "email" }],
      ["a bad student e-mail", { student: { ...exchangeForm().student, email: "not an address" } }, { "student.email": "email" }],
    ];
    for (const [what, overrides, fields] of cases) {
      it(`${what}: POST and PUT answer 400`, async () => {
        const body = { ...exchangeForm(), ...overrides };
        for (const [method, path] of [
          ["POST", "/api/exchanges"],
          ["PUT", `/api/exchanges/${ongoing.exchangeId}`],
        ] as const) {
          const { status, json } = await call(method, path, body);
          expect(status, `${method} ${path}`).toBe(400);
          expect(json).toEqual({ error: "invalid-exchange", message: "Some fields need attention.", fields });
        }
      });
    }
  });

  it("editing saves the form and renames the people; their invites and sessions stay", async () => {
    const form = { ...exchangeForm(), projectTitle: "Ongoing, renamed", startDate: ongoingStart, endDate: addDays(ongoingStart, 27), tutor: { name: "Dr. Bea Tutor", email: "bea@example.org" } };
    const { status, json } = await call("PUT", `/api/exchanges/${ongoing.exchangeId}`, form);
    expect(status).toBe(200);
    expect((json.form as { projectTitle: string }).projectTitle).toBe("Ongoing, renamed");
    const people = json.people as { role: string; name: string; sessions: unknown[] }[];
    expect(people.find((p) => p.role === "tutor")).toMatchObject({ name: "Dr. Bea Tutor" });
    expect(people.find((p) => p.role === "tutor")!.sessions).toHaveLength(1);
    const me = await call("GET", "/api/me", undefined, ongoingPeople.tutor.token);
    expect(me.json.name).toBe("Dr. Bea Tutor");
    expect(rowOf((await summary()).rows, ongoing.exchangeId).tutorName).toBe("Dr. Bea Tutor");
    expect((await call("PUT", "/api/exchanges/unknown-id", form)).status).toBe(404);
  });
});
