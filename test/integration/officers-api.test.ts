// A committee's officers through the API: one invites another, who joins as an officer of the
// same committee; both see every officer's devices and either signs out any of them; nobody
// outside the committee sees or ends them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/in-process-server";
import { join } from "node:path";
import Database from "better-sqlite3";
import { provisionExchange, redeem, tokenFromLink, type Joined } from "../helpers/provision";
import { createToken, hashToken } from "../../sync-server/src/auth/tokens";

describe("officers of a committee (in-process server)", () => {
  let test: TestServer;
  let people: Awaited<ReturnType<typeof provisionExchange>>;

  const call = async (method: "GET" | "POST", path: string, token: string, body?: unknown) => {
    const response = await fetch(`${test.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    test = await startTestServer();
    people = await provisionExchange(test.url, test.setupToken);
  });
  afterAll(() => test.close());

  it("an officer invites another, who joins the same committee; each signs out the other's devices", async () => {
    const invited = await call("POST", "/api/officers", people.officer.token, { name: "Leo Officer", email: "leo@example.org" });
    expect(invited.status).toBe(201);
    const leo: Joined = await redeem(test.url, tokenFromLink(invited.json.invite as string));
    expect(leo.role).toBe("officer");
    expect(leo.committeeId).toBe(people.officer.committeeId);

    const listed = await call("GET", "/api/officers", leo.token);
    expect(listed.status).toBe(200);
    expect(listed.json.currentSessionId).toBe(leo.sessionId);
    const officers = listed.json.officers as { name: string; email: string; sessions: { id: string }[]; inviteExpiresAt: number | null }[];
    expect(officers.map((o) => o.name)).toEqual(["Olivia Officer", "Leo Officer"]);
    expect(officers[0]!.sessions.map((s) => s.id)).toEqual([people.officer.sessionId]);
    expect(officers[1]!.inviteExpiresAt).toBeNull();

    // Leo signs out Olivia's laptop (say it was lost).
    expect((await call("POST", `/api/sessions/${people.officer.sessionId}/revoke`, leo.token)).status).toBe(200);
    expect((await call("GET", "/api/me", people.officer.token)).status).toBe(401);
  });

  it("refuses a bad e-mail, non-officers and other committees", async () => {
    const bea = await redeem(test.url, test.server.registry.addOfficer(people.officer.committeeId, "Bea Officer", "bea@example.org").token);
    expect((await call("POST", "/api/officers", bea.token, { name: "X", email: "not-an-address" })).status).toBe(400);
    expect((await call("POST", "/api/officers", bea.token, { email: "x@example.org" })).status).toBe(400);
    expect((await call("GET", "/api/officers", people.student.token)).status).toBe(403);
    expect((await call("POST", "/api/officers", people.contact.token, { name: "X", email: "x@example.org" })).status).toBe(403);

    // An officer of another committee (set up through a set-up link of its own): their own list
    // only, and no signing out of ours.
    const setupToken = createToken();
    const db = new Database(join(test.dataDir!, "logbook.sqlite"));
    db.prepare("INSERT INTO invites (token_hash, kind, person_id, created_at, expires_at) VALUES (?, 'setup', NULL, ?, ?)").run(hashToken(setupToken), Date.now(), Date.now() + 86_400_000);
    db.close();
    const other = await redeem(test.url, setupToken, { name: "Otto Other", committeeName: "Other LC" });
    const theirs = await call("GET", "/api/officers", other.token);
    expect((theirs.json.officers as { name: string }[]).map((o) => o.name)).toEqual(["Otto Other"]);
    expect((await call("POST", `/api/sessions/${bea.sessionId}/revoke`, other.token)).status).toBe(404);
    expect((await call("GET", "/api/me", bea.token)).status).toBe(200);
  });
});
