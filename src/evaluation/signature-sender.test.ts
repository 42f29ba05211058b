import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createRoot, createSignal } from "solid-js";
import { openLogbookDatabase, type LogbookDatabase } from "../db/schema";
import { createOutbox } from "../sync/outbox";
import type { Connectivity } from "../sync/connectivity";
import { createSignatureSender, ownSignedDocuments } from "./signature-sender";
import { readCachedStatus, readLocalSignature, signatureOutboxKind, writeLocalSignature, type QueuedSignature } from "./signature-records";

const queued: QueuedSignature = { exchangeId: "ex1", contentHash: "h".repeat(43), signature: "s".repeat(86), signedAt: 5 };

function respond(status: number, body: unknown) {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } }));
}

async function setUp(saved: Set<string>) {
  const db: LogbookDatabase = openLogbookDatabase(`test-${crypto.randomUUID()}`);
  await db.sessions.put({ personId: "p1", role: "tutor", name: "Dr T", token: "tok", exchangeId: "ex1", title: "t", createdAt: 1 });
  await writeLocalSignature(db, "p1", { exchangeId: "ex1", contentHash: queued.contentHash, signedAt: 5, state: "queued" });
  const [online, setOnline] = createSignal(false);
  const connectivity: Connectivity = { online, checkNow: async () => online(), report: () => {}, dispose: () => {} };
  const { outbox, dispose } = createRoot((dispose) => ({ outbox: createOutbox({ db, connectivity }), dispose }));
  outbox.register(signatureOutboxKind, createSignatureSender({ db, isSavedOnServer: (name) => saved.has(name) }));
  await outbox.add({ kind: signatureOutboxKind, personId: "p1", payload: queued });
  return { db, outbox, setOnline, dispose };
}

afterEach(() => vi.unstubAllGlobals());

describe("signatures in the outbox", () => {
  it("stay queued offline and until the person's own part is on the server, then are sent once", async () => {
    const fetch = vi.fn(() => respond(200, { exchangeId: "ex1", currentHash: queued.contentHash, signatures: [], sealed: null, certificates: {} }));
    vi.stubGlobal("fetch", fetch);
    const saved = new Set<string>();
    const { db, outbox, setOnline, dispose } = await setUp(saved);

    await outbox.flush();
    expect(fetch).not.toHaveBeenCalled();
    setOnline(true);
    await outbox.flush();
    expect(fetch).not.toHaveBeenCalled();
    expect(await db.outbox.count()).toBe(1);

    for (const name of ownSignedDocuments("tutor", "ex1")) saved.add(name);
    await outbox.flush();
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/evaluations/ex1/signatures");
    expect(JSON.parse(init.body as string)).toEqual(queued);
    expect(await db.outbox.count()).toBe(0);
    expect((await readLocalSignature(db, "p1"))?.state).toBe("accepted");
    expect((await readCachedStatus(db, "p1"))?.status.exchangeId).toBe("ex1");
    dispose();
  });

  it("keeps the signature while the server is unreachable, and records a refusal with the server's message", async () => {
    const saved = new Set(ownSignedDocuments("tutor", "ex1"));
    vi.stubGlobal("fetch", vi.fn(() => Promise.reject(new TypeError("Failed to fetch"))));
    const { db, outbox, setOnline, dispose } = await setUp(saved);
    setOnline(true);
    await outbox.flush();
    expect(await db.outbox.count()).toBe(1);
    expect((await readLocalSignature(db, "p1"))?.state).toBe("queued");

    vi.stubGlobal("fetch", vi.fn(() => respond(409, { error: "changed-since-signed", message: "Changed since you signed — review and sign again." })));
    await outbox.flush();
    expect(await db.outbox.count()).toBe(0);
    expect(await readLocalSignature(db, "p1")).toMatchObject({ state: "refused", refusal: { code: "changed-since-signed", message: "Changed since you signed — review and sign again." } });
    dispose();
  });

  it("drops a queued signature that a newer one on the device replaced, without sending it", async () => {
    const fetch = vi.fn(() => respond(200, {}));
    vi.stubGlobal("fetch", fetch);
    const { db, outbox, setOnline, dispose } = await setUp(new Set(ownSignedDocuments("tutor", "ex1")));
    await writeLocalSignature(db, "p1", { exchangeId: "ex1", contentHash: "n".repeat(43), signedAt: 6, state: "queued" });
    setOnline(true);
    await outbox.flush();
    expect(fetch).not.toHaveBeenCalled();
    expect(await db.outbox.count()).toBe(0);
    dispose();
  });
});
