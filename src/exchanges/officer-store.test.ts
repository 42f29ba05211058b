import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import Dexie from "dexie";
import { openLogbookDatabase } from "../db/schema";
import { ApiError } from "../session/invite-api";
import { createOfficerStore } from "./officer-store";
import type { DashboardSummary } from "./dashboard-row";

const session = { personId: "officer-1", token: "token-1" };
const summary: DashboardSummary = { generatedAt: 1, today: "2026-07-10", rows: [] };

function respond(status: number, body: unknown) {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } }));
}

function freshDb() {
  return openLogbookDatabase(`test-${crypto.randomUUID()}`);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("officer store", () => {
  it("keeps the last summary and shows it, with its date, when the server cannot be reached", async () => {
    const db = freshDb();
    const fetch = vi.fn(() => respond(200, summary));
    vi.stubGlobal("fetch", fetch);
    const store = createOfficerStore(db, session);
    const online = await store.summary();
    expect(online).toMatchObject({ body: summary, fromCache: false });
    expect(fetch).toHaveBeenCalledWith("/api/summary", expect.objectContaining({ headers: { Authorization: "Bearer token-1" } }));

    vi.stubGlobal("fetch", vi.fn(() => Promise.reject(new TypeError("Failed to fetch"))));
    const offline = await store.summary();
    expect(offline).toEqual({ body: summary, fetchedAt: online.fetchedAt, fromCache: true });

    vi.stubGlobal("fetch", vi.fn(() => respond(503, { error: "unavailable" })));
    expect((await store.summary()).fromCache).toBe(true);
    db.close();
  });

  it("says offline when there is no copy yet, and never hides a refusal behind the copy", async () => {
    const db = freshDb();
    const store = createOfficerStore(db, session);
    vi.stubGlobal("fetch", vi.fn(() => Promise.reject(new TypeError("Failed to fetch"))));
    await expect(store.summary()).rejects.toMatchObject({ status: 0, code: "offline" });

    vi.stubGlobal("fetch", vi.fn(() => respond(200, summary)));
    await store.summary();
    vi.stubGlobal("fetch", vi.fn(() => respond(401, { error: "unauthorized", message: "Unauthorized." })));
    const refused = store.summary();
    await expect(refused).rejects.toBeInstanceOf(ApiError);
    await expect(refused).rejects.toMatchObject({ status: 401 });
    db.close();
  });

  it("remembers the invite links it was given until they are replaced, withdrawn or the exchange is cancelled", async () => {
    const db = freshDb();
    const store = createOfficerStore(db, session);
    const detail = { id: "ex1", committeeId: "c1", form: {}, createdAt: 1, updatedAt: 1, cancelledReason: null, people: [] };
    const links = { student: "http://h/join#s", tutor: "http://h/join#t", contact: "http://h/join#c" };
    vi.stubGlobal("fetch", vi.fn(() => respond(201, { exchange: detail, invites: links })));
    await store.create({} as never);
    const issued = await store.issuedInvites("ex1");
    expect({ student: issued.student?.link, tutor: issued.tutor?.link, contact: issued.contact?.link }).toEqual(links);

    vi.stubGlobal("fetch", vi.fn(() => respond(201, { role: "tutor", invite: "http://h/join#t2" })));
    await store.reissueInvite("ex1", "tutor");
    expect((await store.issuedInvites("ex1")).tutor?.link).toBe("http://h/join#t2");

    vi.stubGlobal("fetch", vi.fn(() => respond(200, { revoked: 1 })));
    await store.revokeInvite("ex1", "student");
    expect(Object.keys(await store.issuedInvites("ex1")).sort()).toEqual(["contact", "tutor"]);

    vi.stubGlobal("fetch", vi.fn(() => respond(200, { ...detail, cancelledReason: "withdrew" })));
    await store.cancel("ex1", "withdrew");
    expect(await store.issuedInvites("ex1")).toEqual({});
    // The exchange read offline afterwards is the cancelled one.
    vi.stubGlobal("fetch", vi.fn(() => Promise.reject(new TypeError("Failed to fetch"))));
    expect((await store.exchange("ex1")).body.cancelledReason).toBe("withdrew");
    db.close();
  });

  it("a rejected form carries its problems per field", async () => {
    const db = freshDb();
    const store = createOfficerStore(db, session);
    vi.stubGlobal("fetch", vi.fn(() => respond(400, { error: "invalid-exchange", message: "Some fields need attention.", fields: { "tutor.email": "email" } })));
    await expect(store.create({} as never)).rejects.toMatchObject({ status: 400, fields: { "tutor.email": "email" } });
    db.close();
  });
});

describe("database version 2", () => {
  it("upgrades a version-1 database in place, keeping its sessions, and adds the cache", async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ device: "id", sessions: "personId, role, exchangeId", followed: "name, personId", outbox: "++id, kind, personId", settings: "key" });
    await v1.table("sessions").put({ personId: "p1", role: "officer", name: "O", token: "t", title: "LC", createdAt: 1 });
    v1.close();
    const db = openLogbookDatabase(name);
    expect((await db.sessions.get("p1"))?.token).toBe("t");
    await db.cachedResponses.put({ key: "k", fetchedAt: 2, body: { ok: true } });
    expect(await db.cachedResponses.get("k")).toEqual({ key: "k", fetchedAt: 2, body: { ok: true } });
    db.close();
  });
});
