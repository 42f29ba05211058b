import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
});
