import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import Database from "better-sqlite3";
import { startTestServer, type TestServer } from "../helpers/in-process-server";
import { provisionExchange, redeem, tokenFromLink } from "../helpers/provision";

describe("a person's link for their next device", () => {
  let test: TestServer;
  let people: Awaited<ReturnType<typeof provisionExchange>>;
  beforeAll(async () => {
    test = await startTestServer();
    people = await provisionExchange(test.url, test.setupToken);
  });
  afterAll(async () => {
    await test.close();
  });

  const ask = (token?: string) =>
    fetch(`${test.url}/api/me/device-invite`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: "{}",
    });

  const preview = async (invite: string) => {
    const response = await fetch(`${test.url}/api/invites/preview`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ token: tokenFromLink(invite) }) });
    return { status: response.status, error: ((await response.json()) as { error?: string }).error };
  };
  const link = async (token: string) => {
    const response = await ask(token);
    expect(response.status).toBe(201);
    return ((await response.json()) as { invite: string }).invite;
  };
  const revokeSession = (sessionId: string) =>
    fetch(`${test.url}/api/sessions/${sessionId}/revoke`, { method: "POST", headers: { Authorization: `Bearer ${people.officer.token}` } });

  it("needs a session", async () => {
    expect((await ask()).status).toBe(401);
    expect((await ask("AAAAAAAAAAAAAAAAAAAAAA")).status).toBe(401);
  });

  it("gives a one-hour link that joins the same person once, as a separate session", async () => {
    const response = await ask(people.student.token);
    expect(response.status).toBe(201);
    const { invite, expiresAt } = (await response.json()) as { invite: string; expiresAt: number };
    expect(invite).toMatch(/\/join#[A-Za-z0-9_-]{22}$/);
    expect(expiresAt - Date.now()).toBeGreaterThan(55 * 60 * 1000);
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);

    const laptop = await redeem(test.url, tokenFromLink(invite));
    expect(laptop.personId).toBe(people.student.personId);
    expect(laptop.role).toBe("student");
    expect(laptop.sessionId).not.toBe(people.student.sessionId);
    await expect(redeem(test.url, tokenFromLink(invite))).rejects.toThrow(/410/);

    // Withdrawing the laptop's session leaves the phone's working.
    const revoke = await fetch(`${test.url}/api/sessions/${laptop.sessionId}/revoke`, { method: "POST", headers: { Authorization: `Bearer ${people.officer.token}` } });
    expect(revoke.status).toBe(200);
    expect((await fetch(`${test.url}/api/me`, { headers: { Authorization: `Bearer ${laptop.token}` } })).status).toBe(401);
    expect((await fetch(`${test.url}/api/me`, { headers: { Authorization: `Bearer ${people.student.token}` } })).status).toBe(200);
  });

  it("revoking a session withdraws the device links it made and nobody used: a stolen phone's link stops working", async () => {
    const phone = await redeem(test.url, tokenFromLink(await link(people.student.token)));
    const unused = await link(phone.token);
    const used = await link(phone.token);
    const laptop = await redeem(test.url, tokenFromLink(used));
    const othersLink = await link(people.student.token);

    expect((await revokeSession(phone.sessionId)).status).toBe(200);
    expect(await preview(unused)).toEqual({ status: 410, error: "invite-revoked" });
    await expect(redeem(test.url, tokenFromLink(unused))).rejects.toThrow(/410.*invite-revoked/);
    // The session it made before is the officer's to revoke, separately; another device's link is untouched.
    expect((await fetch(`${test.url}/api/me`, { headers: { Authorization: `Bearer ${laptop.token}` } })).status).toBe(200);
    expect(await preview(othersLink)).toMatchObject({ status: 200 });
  });

  it("a session holds at most 3 unused device links: a 4th withdraws the oldest", async () => {
    const tablet = await redeem(test.url, tokenFromLink(await link(people.tutor.token)));
    const links = [];
    for (let i = 0; i < 4; i++) links.push(await link(tablet.token));
    expect(await preview(links[0]!)).toEqual({ status: 410, error: "invite-revoked" });
    for (const later of links.slice(1)) expect(await preview(later)).toMatchObject({ status: 200 });
    // Using one makes room for a new one without withdrawing the others.
    await redeem(test.url, tokenFromLink(links[1]!));
    const fifth = await link(tablet.token);
    for (const live of [links[2]!, links[3]!, fifth]) expect(await preview(live)).toMatchObject({ status: 200 });
  });

  it("a flood of requests is refused with 429 after 10 a minute, and adds nothing to the database", async () => {
    const flooder = await redeem(test.url, tokenFromLink(await link(people.contact.token)));
    const db = new Database(join(test.dataDir as string, "logbook.sqlite"), { readonly: true });
    const invites = () => (db.prepare("SELECT count(*) AS n FROM invites").get() as { n: number }).n;
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await ask(flooder.token)).status);
      const before = invites();
      const flood = await Promise.all(Array.from({ length: 200 }, () => ask(flooder.token)));
      expect(statuses).toEqual(Array(10).fill(201));
      expect(new Set(flood.map((response) => response.status))).toEqual(new Set([429]));
      expect(await flood[0]!.json()).toMatchObject({ error: "rate-limited" });
      expect(invites()).toBe(before);
      // Another person's session is not held back by it.
      expect((await ask(people.student.token)).status).toBe(201);
    } finally {
      db.close();
    }
  });
});
