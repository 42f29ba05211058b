// The HTTP API against an in-process server with real SQLite: invites (preview never redeems,
// redeem works once, re-issue and revoke), input errors (400/413/415), authentication (401 that
// says nothing more, 403 for non-officers, 404 across committees), exchange validation, health
// and metrics, and that tokens reach the database only as SHA-256 hashes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import Database from "better-sqlite3";
import { startTestServer, type TestServer } from "../helpers/in-process-server";
import { defaultLimits } from "../../sync-server/src/limits";
import { devicePublicKey, exchangeForm, redeem, tokenFromLink, type Joined } from "../helpers/provision";

interface Reply {
  status: number;
  json: Record<string, unknown>;
  contentType: string;
}

function expectPrometheusText(contentType: string | null, text: string): void {
  expect(contentType).toMatch(/^text\/plain/);
  expect(text).toMatch(/^aql_connections \d+$/m);
  expect(text).toMatch(/^# TYPE aql_ack_latency_seconds histogram$/m);
  expect(text).toMatch(/^aql_ack_latency_seconds_bucket\{le="[0-9.]+"\} \d+$/m);
  expect(text).toMatch(/^aql_ack_latency_seconds_bucket\{le="\+Inf"\} \d+$/m);
  expect(text).toMatch(/^aql_ack_latency_seconds_count \d+$/m);
  expect(text).toMatch(/^# TYPE aql_event_loop_lag_seconds gauge$/m);
  expect(text).toMatch(/^aql_event_loop_lag_seconds\{quantile="0.99"\} [0-9.e-]+$/m);
  expect(text).toMatch(/^aql_event_loop_lag_max_seconds [0-9.e-]+$/m);
}

const sha256 = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
const forgedToken = () => randomBytes(16).toString("base64url");

describe("HTTP API (real SQLite)", () => {
  let test: TestServer;
  let db: Database.Database;
  /** Every token the server handed out in this file, to look for in the database. */
  const issued = { invites: new Set<string>(), sessions: new Set<string>() };

  const call = async (
    method: "GET" | "POST",
    path: string,
    options: { body?: unknown; raw?: string; token?: string; authorization?: string; contentType?: string | null } = {},
  ): Promise<Reply> => {
    const headers: Record<string, string> = {};
    if (options.contentType !== null && (options.body !== undefined || options.raw !== undefined)) headers["Content-Type"] = options.contentType ?? "application/json";
    if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
    if (options.authorization !== undefined) headers.Authorization = options.authorization;
    const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const response = await fetch(`${test.url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    const contentType = response.headers.get("content-type") ?? "";
    let json: Record<string, unknown> = {};
    if (contentType.startsWith("application/json")) json = JSON.parse(text) as Record<string, unknown>;
    else json = { text };
    return { status: response.status, json, contentType };
  };

  const join_ = async (inviteToken: string, extra: Record<string, unknown> = {}): Promise<Joined> => {
    issued.invites.add(inviteToken);
    const person = await redeem(test.url, inviteToken, extra);
    issued.sessions.add(person.token);
    return person;
  };

  /** A second local committee with its own officer. The API only ever makes the first officer
   * (the set-up link works while there is none), so the set-up invite is put straight into the
   * registry's table, the way issueSetupInviteIfNeeded would, and redeemed through the API. */
  const secondCommittee = async (): Promise<Joined> => {
    const token = forgedToken();
    db.prepare("INSERT INTO invites (token_hash, kind, person_id, created_at, expires_at) VALUES (?, 'setup', NULL, ?, ?)").run(sha256(token), Date.now(), Date.now() + 86_400_000);
    return join_(token, { name: "Otto Other", committeeName: "Other LC" });
  };

  let officer: Joined;
  let exchangeId: string;
  let invites: { student: string; tutor: string; contact: string };
  let student: Joined;

  beforeAll(async () => {
    test = await startTestServer();
    db = new Database(join(test.dataDir!, "logbook.sqlite"));
    db.pragma("busy_timeout = 5000");
  });
  afterAll(async () => {
    db?.close();
    await test?.close();
  });

  describe("the set-up invite", () => {
    it("previews without redeeming, refuses a redeem without name or committee, then works once", async () => {
      const token = test.setupToken;
      expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
      issued.invites.add(token);
      for (let i = 0; i < 2; i++) {
        const preview = await call("POST", "/api/invites/preview", { body: { token } });
        expect(preview.status).toBe(200);
        expect(preview.json).toMatchObject({ setup: true, role: "officer" });
      }
      const publicKey = await devicePublicKey();
      const noName = await call("POST", "/api/invites/redeem", { body: { token, publicKey, deviceName: "laptop", committeeName: "Test LC" } });
      expect(noName.status).toBe(400);
      expect(noName.json).toMatchObject({ error: "missing-field", field: "name" });
      expect(typeof noName.json.message).toBe("string");
      const noCommittee = await call("POST", "/api/invites/redeem", { body: { token, publicKey, deviceName: "laptop", name: "Olivia Officer" } });
      expect(noCommittee.status).toBe(400);
      expect(noCommittee.json).toMatchObject({ error: "missing-field", field: "committeeName" });
      const blankName = await call("POST", "/api/invites/redeem", { body: { token, publicKey, deviceName: "laptop", name: "   ", committeeName: "Test LC" } });
      expect(blankName.status).toBe(400);
      // None of the refused attempts used the invite up.
      expect((await call("POST", "/api/invites/preview", { body: { token } })).status).toBe(200);

      const redeemed = await call("POST", "/api/invites/redeem", { body: { token, publicKey, deviceName: "laptop", name: "Olivia Officer", committeeName: "Test LC" } });
      expect(redeemed.status).toBe(201);
      expect(redeemed.json).toMatchObject({ role: "officer", name: "Olivia Officer", committeeName: "Test LC" });
      expect(redeemed.json.sessionToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
      officer = { ...(redeemed.json as unknown as Joined), token: redeemed.json.sessionToken as string };
      issued.sessions.add(officer.token);

      const again = await call("POST", "/api/invites/redeem", { body: { token, publicKey, deviceName: "phone", name: "Mallory", committeeName: "Evil LC" } });
      expect(again.status).toBe(410);
      expect(again.json).toMatchObject({ error: "invite-used" });
      expect((await call("POST", "/api/invites/preview", { body: { token } })).status).toBe(410);
      // With an officer in place there is no new set-up link.
      expect(test.server.registry.issueSetupInviteIfNeeded()).toBeNull();
      expect(test.server.registry.issueSetupInviteIfNeeded()).toBeNull();

      const me = await call("GET", "/api/me", { token: officer.token });
      expect(me.status).toBe(200);
      expect(me.json).toMatchObject({ role: "officer", committeeId: officer.committeeId, sessionId: officer.sessionId });
    });
  });

  describe("exchanges and person invites", () => {
    it("an officer creates an exchange and gets one invite link per person", async () => {
      const created = await call("POST", "/api/exchanges", { body: exchangeForm(), token: officer.token });
      expect(created.status).toBe(201);
      const exchange = created.json.exchange as { id: string; committeeId: string; people: { role: string }[] };
      exchangeId = exchange.id;
      expect(exchange.committeeId).toBe(officer.committeeId);
      expect(exchange.people.map((p) => p.role).sort()).toEqual(["contact", "student", "tutor"]);
      invites = created.json.invites as typeof invites;
      for (const link of Object.values(invites)) {
        expect(link).toMatch(new RegExp(`^${test.url.replace(/[.]/g, "\\.")}/join#[A-Za-z0-9_-]{22}$`));
        issued.invites.add(tokenFromLink(link));
      }
      const list = await call("GET", "/api/exchanges", { token: officer.token });
      expect(list.status).toBe(200);
      expect((list.json.exchanges as { id: string }[]).map((e) => e.id)).toEqual([exchangeId]);
      const read = await call("GET", `/api/exchanges/${exchangeId}`, { token: officer.token });
      expect(read.status).toBe(200);
      expect(read.json).toMatchObject({ id: exchangeId });
    });

    it("preview shows who the invite is for and does not redeem it; redeem works once", async () => {
      const token = tokenFromLink(invites.student);
      for (let i = 0; i < 3; i++) {
        const preview = await call("POST", "/api/invites/preview", { body: { token } });
        expect(preview.status).toBe(200);
        expect(preview.json).toMatchObject({ setup: false, role: "student", name: "Sam Student", committeeName: "Test LC" });
        expect(preview.json.exchange).toMatchObject({ id: exchangeId, projectTitle: exchangeForm().projectTitle });
        // A preview hands out no session.
        expect(preview.json.sessionToken).toBeUndefined();
      }
      expect(db.prepare("SELECT count(*) AS n FROM sessions").get()).toEqual({ n: 1 });
      student = await join_(token);
      expect(student.role).toBe("student");
      expect(student.documents.map((d) => d.name)).toContain(`exchange/${exchangeId}/student`);
      const second = await call("POST", "/api/invites/redeem", { body: { token, publicKey: await devicePublicKey(), deviceName: "other" } });
      expect(second.status).toBe(410);
      expect(second.json).toMatchObject({ error: "invite-used" });
      expect(typeof second.json.message).toBe("string");
      const preview = await call("POST", "/api/invites/preview", { body: { token } });
      expect(preview.status).toBe(410);
      expect(preview.json).toMatchObject({ error: "invite-used" });
    });

    it("two devices racing on one invite: exactly one gets in", async () => {
      const fresh = await call("POST", `/api/exchanges/${exchangeId}/invites/student`, { token: officer.token });
      expect(fresh.status).toBe(201);
      const token = tokenFromLink(fresh.json.invite as string);
      issued.invites.add(token);
      const publicKey = await devicePublicKey();
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) => call("POST", "/api/invites/redeem", { body: { token, publicKey, deviceName: `racer ${i}` } })),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(results.filter((r) => r.status === 410)).toHaveLength(5);
      for (const r of results) if (r.status === 201) issued.sessions.add(r.json.sessionToken as string);
    });

    it("a re-issued invite makes the old one fail and works itself", async () => {
      const old = tokenFromLink(invites.tutor);
      const reissued = await call("POST", `/api/exchanges/${exchangeId}/invites/tutor`, { token: officer.token });
      expect(reissued.status).toBe(201);
      expect(reissued.json.role).toBe("tutor");
      const fresh = tokenFromLink(reissued.json.invite as string);
      issued.invites.add(fresh);
      expect(fresh).not.toBe(old);
      const preview = await call("POST", "/api/invites/preview", { body: { token: old } });
      expect(preview.status).toBe(410);
      expect(preview.json).toMatchObject({ error: "invite-revoked" });
      const redeemOld = await call("POST", "/api/invites/redeem", { body: { token: old, publicKey: await devicePublicKey(), deviceName: "x" } });
      expect(redeemOld.status).toBe(410);
      expect(redeemOld.json).toMatchObject({ error: "invite-revoked" });
      const tutor = await join_(fresh);
      expect(tutor.role).toBe("tutor");
    });

    it("a revoked invite can be neither previewed nor redeemed", async () => {
      const token = tokenFromLink(invites.contact);
      const revoked = await call("POST", `/api/exchanges/${exchangeId}/invites/contact/revoke`, { token: officer.token });
      expect(revoked.status).toBe(200);
      expect(revoked.json).toEqual({ revoked: 1 });
      expect((await call("POST", "/api/invites/preview", { body: { token } })).json).toMatchObject({ error: "invite-revoked" });
      const redeemed = await call("POST", "/api/invites/redeem", { body: { token, publicKey: await devicePublicKey(), deviceName: "x" } });
      expect(redeemed.status).toBe(410);
      expect(redeemed.json).toMatchObject({ error: "invite-revoked" });
      // A new one for the contact person works.
      const again = await call("POST", `/api/exchanges/${exchangeId}/invites/contact`, { token: officer.token });
      const contact = await join_(tokenFromLink(again.json.invite as string));
      expect(contact.role).toBe("contact");
    });

    it("unknown, forged and malformed invite tokens are 404 invite-unknown", async () => {
      for (const token of [forgedToken(), "short", "x".repeat(40), 42, null]) {
        const preview = await call("POST", "/api/invites/preview", { body: { token } });
        expect(preview.status).toBe(404);
        expect(preview.json).toMatchObject({ error: "invite-unknown" });
        const redeemed = await call("POST", "/api/invites/redeem", { body: { token, publicKey: await devicePublicKey(), deviceName: "x" } });
        expect(redeemed.status).toBe(404);
      }
      // A session token is not an invite.
      expect((await call("POST", "/api/invites/preview", { body: { token: student.token } })).status).toBe(404);
    });
  });

  describe("malformed requests", () => {
    it("bad JSON is 400 with a message", async () => {
      for (const raw of ["{not json", "", '{"token": "abc"', "[1,2]", "null", '"a string"', "42"]) {
        const reply = await call("POST", "/api/invites/preview", { raw });
        expect(reply.status, raw).toBe(400);
        expect(reply.json.error, raw).toBe("bad-json");
        expect(typeof reply.json.message).toBe("string");
        expect((reply.json.message as string).length).toBeGreaterThan(0);
      }
      const officerBadJson = await call("POST", "/api/exchanges", { raw: "{", token: officer.token });
      expect(officerBadJson.status).toBe(400);
      expect(officerBadJson.json.error).toBe("bad-json");
    });

    it("a missing or unusable public key is 400 and does not use the invite up", async () => {
      const fresh = await call("POST", `/api/exchanges/${exchangeId}/invites/student`, { token: officer.token });
      const token = tokenFromLink(fresh.json.invite as string);
      issued.invites.add(token);
      const good = (await devicePublicKey()) as Record<string, unknown>;
      const badKeys: unknown[] = [
        undefined,
        null,
        "a string",
        { ...good, kty: "RSA" },
        { ...good, crv: "P-384" },
        { ...good, x: "short" },
        { kty: "EC", crv: "P-256", x: good.x },
        { ...good, d: "A".repeat(43) },
        // Well-formed JWKs whose coordinates are not a point on P-256.
        { ...good, x: "A".repeat(43), y: "A".repeat(43) },
        { ...good, y: good.x },
      ];
      for (const publicKey of badKeys) {
        const reply = await call("POST", "/api/invites/redeem", { body: { token, deviceName: "x", ...(publicKey === undefined ? {} : { publicKey }) } });
        expect(reply.status, JSON.stringify(publicKey)).toBe(400);
        expect(reply.json).toMatchObject({ error: "bad-public-key", field: "publicKey" });
        expect(typeof reply.json.message).toBe("string");
      }
      expect((await call("POST", "/api/invites/preview", { body: { token } })).status).toBe(200);
      await join_(token);
    });

    it("a body that is not JSON by its content type is 415", async () => {
      const body = JSON.stringify({ token: forgedToken() });
      for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
        const reply = await call("POST", "/api/invites/preview", { raw: body, contentType });
        expect(reply.status, contentType).toBe(415);
        expect(reply.json.error).toBe("unsupported-media-type");
      }
      const none = await call("POST", "/api/invites/redeem", { raw: body, contentType: null });
      expect(none.status).toBe(415);
      const officerText = await call("POST", "/api/exchanges", { raw: JSON.stringify(exchangeForm()), contentType: "text/plain", token: officer.token });
      expect(officerText.status).toBe(415);
    });

    // Each attempt on its own connection (node:http, no agent), which reads the response even
    // while the rest of its body is still unsent; fetch on a keep-alive connection is the last test.
    it("a body over the limit is 413", async () => {
      const limit = defaultLimits.maxJsonBodyBytes;
      const outcomes: string[] = [];
      const attempt = async (path: string, body: string, token?: string) => {
        const started = Date.now();
        const outcome = await new Promise<string>((resolve) => {
          const request = httpRequest(`${test.url}${path}`, {
            method: "POST",
            agent: false,
            headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          });
          request.on("response", (response) => {
            let text = "";
            response.on("data", (chunk: Buffer) => (text += chunk.toString()));
            response.on("end", () => {
              const json = JSON.parse(text) as { error?: string; message?: string };
              resolve(`${response.statusCode} ${json.error} ${typeof json.message}`);
            });
            response.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
          });
          request.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
          request.end(body);
        });
        outcomes.push(`${path} ${body.length} B: ${outcome} (${Date.now() - started} ms)`);
      };
      for (const size of [limit + 1, 2 * limit, 300_000, 2_000_000]) {
        for (let i = 0; i < 4; i++) {
          await attempt("/api/invites/preview", JSON.stringify({ token: "x".repeat(size) }));
          await attempt("/api/invites/redeem", JSON.stringify({ token: "x".repeat(size) }));
        }
      }
      await attempt("/api/exchanges", JSON.stringify(exchangeForm({ description: "d".repeat(2 * limit) })), officer.token);
      // The server is still fine afterwards.
      expect((await call("GET", "/healthz")).status).toBe(200);
      expect(outcomes.filter((o) => !/: 413 body-too-large string /.test(o)), outcomes.join("\n")).toEqual([]);
    });

    it("unknown API paths are 404 and wrong methods 405, as JSON", async () => {
      const unknown = await call("GET", "/api/nope");
      expect(unknown.status).toBe(404);
      expect(unknown.json.error).toBe("not-found");
      const wrongMethod = await call("GET", "/api/invites/redeem");
      expect(wrongMethod.status).toBe(405);
    });
  });

  describe("authentication and authorisation", () => {
    it("a wrong, forged, expired or revoked bearer token is 401 with a body that says nothing more", async () => {
      // A second device of the student, to revoke and to expire.
      const reissue = async () => tokenFromLink((await call("POST", `/api/exchanges/${exchangeId}/invites/student`, { token: officer.token })).json.invite as string);
      const toRevoke = await join_(await reissue());
      const toExpire = await join_(await reissue());
      const revoked = await call("POST", `/api/sessions/${toRevoke.sessionId}/revoke`, { token: officer.token });
      expect(revoked.status).toBe(200);
      expect(revoked.json).toEqual({ revoked: true });
      db.prepare("UPDATE sessions SET expires_at = 0 WHERE id = ?").run(toExpire.sessionId);

      const authorizations: [string, string | undefined][] = [
        ["no header", undefined],
        ["empty bearer", "Bearer "],
        ["not bearer", `Basic ${Buffer.from("a:b").toString("base64")}`],
        ["token without scheme", student.token],
        ["malformed", "Bearer not-a-token"],
        ["forged", `Bearer ${forgedToken()}`],
        ["forged, lower-case scheme", `bearer ${forgedToken()}`],
        ["invite token", `Bearer ${test.setupToken}`],
        ["session hash", `Bearer ${sha256(student.token)}`],
        ["revoked session", `Bearer ${toRevoke.token}`],
        ["expired session", `Bearer ${toExpire.token}`],
      ];
      const bodies = new Set<string>();
      for (const [what, authorization] of authorizations) {
        for (const [method, path] of [
          ["GET", "/api/me"],
          ["GET", "/api/exchanges"],
          ["GET", `/api/exchanges/${exchangeId}`],
          ["POST", `/api/exchanges/${exchangeId}/invites/tutor`],
          ["POST", `/api/sessions/${student.sessionId}/revoke`],
        ] as const) {
          const reply = await call(method, path, authorization === undefined ? {} : { authorization });
          expect(reply.status, `${what} ${method} ${path}`).toBe(401);
          expect(reply.json.error).toBe("unauthorized");
          expect(Object.keys(reply.json).sort()).toEqual(["error", "message"]);
          bodies.add(JSON.stringify(reply.json));
        }
        const create = await call("POST", "/api/exchanges", { body: exchangeForm(), ...(authorization === undefined ? {} : { authorization }) });
        expect(create.status, what).toBe(401);
        bodies.add(JSON.stringify(create.json));
      }
      // Same words whatever the reason, so a caller learns nothing about the token.
      expect([...bodies]).toEqual([JSON.stringify({ error: "unauthorized", message: "Unauthorized." })]);
      // The revoked and expired devices did not take the student's other session with them.
      expect((await call("GET", "/api/me", { token: student.token })).status).toBe(200);
    });

    it("students, tutors and contact persons calling officer endpoints get 403", async () => {
      const tutor = await join_(tokenFromLink((await call("POST", `/api/exchanges/${exchangeId}/invites/tutor`, { token: officer.token })).json.invite as string));
      const contact = await join_(tokenFromLink((await call("POST", `/api/exchanges/${exchangeId}/invites/contact`, { token: officer.token })).json.invite as string));
      const before = (db.prepare("SELECT count(*) AS n FROM exchanges").get() as { n: number }).n;
      const invitesBefore = db.prepare("SELECT token_hash, revoked_at FROM invites ORDER BY token_hash").all();
      for (const person of [student, tutor, contact]) {
        const requests: [string, "GET" | "POST", string, unknown][] = [
          ["list", "GET", "/api/exchanges", undefined],
          ["read", "GET", `/api/exchanges/${exchangeId}`, undefined],
          ["create", "POST", "/api/exchanges", exchangeForm()],
          ["re-issue", "POST", `/api/exchanges/${exchangeId}/invites/student`, undefined],
          ["revoke invite", "POST", `/api/exchanges/${exchangeId}/invites/tutor/revoke`, undefined],
          ["revoke session", "POST", `/api/sessions/${officer.sessionId}/revoke`, undefined],
          ["revoke own session", "POST", `/api/sessions/${person.sessionId}/revoke`, undefined],
        ];
        for (const [what, method, path, body] of requests) {
          const reply = await call(method, path, { token: person.token, ...(body === undefined ? {} : { body }) });
          expect(reply.status, `${person.role} ${what}`).toBe(403);
          expect(reply.json.error).toBe("forbidden");
        }
        // Their own data is theirs to read.
        const me = await call("GET", "/api/me", { token: person.token });
        expect(me.status).toBe(200);
        expect(me.json.role).toBe(person.role);
      }
      // Nothing changed.
      expect((db.prepare("SELECT count(*) AS n FROM exchanges").get() as { n: number }).n).toBe(before);
      expect(db.prepare("SELECT token_hash, revoked_at FROM invites ORDER BY token_hash").all()).toEqual(invitesBefore);
      expect((await call("GET", "/api/me", { token: officer.token })).status).toBe(200);
    });

    it("an officer of another committee sees another committee's exchange and people as missing (404)", async () => {
      const other = await secondCommittee();
      expect(other.role).toBe("officer");
      expect(other.committeeId).not.toBe(officer.committeeId);
      const list = await call("GET", "/api/exchanges", { token: other.token });
      expect(list.status).toBe(200);
      expect(list.json.exchanges).toEqual([]);
      const unknownId = "doesNotExist123";
      for (const id of [exchangeId, unknownId]) {
        for (const [method, path] of [
          ["GET", `/api/exchanges/${id}`],
          ["POST", `/api/exchanges/${id}/invites/student`],
          ["POST", `/api/exchanges/${id}/invites/tutor/revoke`],
        ] as const) {
          const reply = await call(method, path, { token: other.token });
          expect(reply.status, `${method} ${path}`).toBe(404);
          expect(reply.json.error).toBe("not-found");
        }
      }
      // Same answer for the own officer on an unknown id: ids reveal nothing.
      expect((await call("GET", `/api/exchanges/${unknownId}`, { token: officer.token })).status).toBe(404);
      // Sessions of another committee cannot be revoked either, nor can another officer's.
      for (const sessionId of [student.sessionId, officer.sessionId, "unknownSession"]) {
        const reply = await call("POST", `/api/sessions/${sessionId}/revoke`, { token: other.token });
        expect(reply.status).toBe(404);
      }
      expect((await call("POST", `/api/sessions/${other.sessionId}/revoke`, { token: officer.token })).status).toBe(404);
      expect((await call("GET", "/api/me", { token: student.token })).status).toBe(200);
      // Its own exchanges work as usual and stay out of the first committee's list.
      const created = await call("POST", "/api/exchanges", { body: exchangeForm({ projectTitle: "Other project" }), token: other.token });
      expect(created.status).toBe(201);
      for (const link of Object.values(created.json.invites as Record<string, string>)) issued.invites.add(tokenFromLink(link));
      const otherId = (created.json.exchange as { id: string }).id;
      expect((await call("GET", `/api/exchanges/${otherId}`, { token: officer.token })).status).toBe(404);
      expect(((await call("GET", "/api/exchanges", { token: officer.token })).json.exchanges as { id: string }[]).map((e) => e.id)).toEqual([exchangeId]);
    });
  });

  describe("exchange validation", () => {
    const invalid = async (overrides: Record<string, unknown>) => {
      const count = (db.prepare("SELECT count(*) AS n FROM exchanges").get() as { n: number }).n;
      const reply = await call("POST", "/api/exchanges", { body: exchangeForm(overrides), token: officer.token });
      expect(reply.status).toBe(400);
      expect(reply.json.error).toBe("invalid-exchange");
      expect(typeof reply.json.message).toBe("string");
      expect((db.prepare("SELECT count(*) AS n FROM exchanges").get() as { n: number }).n).toBe(count);
      return reply.json.fields as Record<string, string>;
    };

    it("the period must be 4 to 8 weeks, both days included", async () => {
      expect(await invalid({ startDate: "2026-07-01", endDate: "2026-07-27" })).toEqual({ endDate: "periodLength" }); // 27 days
      expect(await invalid({ startDate: "2026-07-01", endDate: "2026-08-26" })).toEqual({ endDate: "periodLength" }); // 57 days
      expect(await invalid({ startDate: "2026-07-01", endDate: "2026-07-08" })).toEqual({ endDate: "periodLength" });
      expect(await invalid({ startDate: "2026-07-28", endDate: "2026-07-01" })).toEqual({ endDate: "dateOrder" });
      expect(await invalid({ startDate: "2026-02-30", endDate: "2026-03-30" })).toEqual({ startDate: "date" });
      expect(await invalid({ startDate: "", endDate: "2026-03-30" })).toEqual({ startDate: "required" });
      for (const [startDate, endDate] of [
        ["2026-07-01", "2026-07-28"], // 28 days
        ["2026-07-01", "2026-08-25"], // 56 days
      ]) {
        const ok = await call("POST", "/api/exchanges", { body: exchangeForm({ startDate, endDate }), token: officer.token });
        expect(ok.status, `${startDate}..${endDate}`).toBe(201);
        for (const link of Object.values(ok.json.invites as Record<string, string>)) issued.invites.add(tokenFromLink(link));
      }
    });

    it("people need names and valid e-mail addresses", async () => {
      expect(await invalid({ tutor: { name: "", email: "tutor@example.org" } })).toEqual({ "tutor.name": "required" });
      expect(await invalid({ tutor: { email: "tutor@example.org" } })).toEqual({ "tutor.name": "required" });
      expect(await invalid({ tutor: { name: "Dr. T", email: "not an e-mail" } })).toEqual({ "tutor.email": "email" });
      expect(await invalid({ student: { ...exchangeForm().student, email: "sam@" } })).toEqual({ "student.email": "email" });
      expect(await invalid({ contact: { name: "C", email: "", phone: "" } })).toEqual({ "contact.email": "required" });
      const several = await invalid({ kind: "holiday", projectTitle: " ", tutor: null });
      expect(several).toEqual({ kind: "kind", projectTitle: "required", "tutor.name": "required", "tutor.email": "required" });
    });
  });

  describe("health and metrics", () => {
    it("/healthz is 200 {ok: true}", async () => {
      const reply = await call("GET", "/healthz");
      expect(reply.status).toBe(200);
      expect(reply.json).toMatchObject({ ok: true, storage: "writable" });
    });

    it("/metrics is not on the app's port unless METRICS_TOKEN is set", async () => {
      const response = await fetch(`${test.url}/metrics`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/aql_/);
    });

    it("with METRICS_TOKEN, /metrics needs it as a bearer token and is Prometheus text", async () => {
      const metricsToken = randomBytes(24).toString("base64url");
      const other = await startTestServer({ metrics: { token: metricsToken } });
      try {
        for (const authorization of [undefined, "Bearer wrong", `Bearer ${metricsToken}x`, `Basic ${metricsToken}`, `Bearer ${officer.token}`]) {
          const refused = await fetch(`${other.url}/metrics`, { headers: authorization ? { Authorization: authorization } : {} });
          expect(refused.status, authorization).toBe(401);
          expect(await refused.text()).not.toMatch(/aql_/);
        }
        const response = await fetch(`${other.url}/metrics`, { headers: { Authorization: `Bearer ${metricsToken}` } });
        expect(response.status).toBe(200);
        expectPrometheusText(response.headers.get("content-type"), await response.text());
      } finally {
        await other.close();
      }
    });

    it("with METRICS_PORT, /metrics is served on its own listener, on the loopback interface by default", async () => {
      const other = await startTestServer({ metrics: { port: 0 } });
      try {
        const address = other.server.metricsAddress();
        expect(address?.host).toBe("127.0.0.1");
        const response = await fetch(`http://127.0.0.1:${address?.port}/metrics`);
        expect(response.status).toBe(200);
        expectPrometheusText(response.headers.get("content-type"), await response.text());
        expect((await fetch(`http://127.0.0.1:${address?.port}/api/me`)).status).toBe(404);
        expect((await fetch(`${other.url}/metrics`)).status).toBe(404);
      } finally {
        await other.close();
      }
    });
  });

  describe("tokens at rest", () => {
    it("the database holds no issued token in clear text, only their SHA-256 hashes", async () => {
      expect(issued.sessions.size).toBeGreaterThanOrEqual(8);
      expect(issued.invites.size).toBeGreaterThanOrEqual(10);
      const all = [...issued.invites, ...issued.sessions];
      const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(["invites", "sessions", "people", "committees", "exchanges"]));
      let cells = 0;
      for (const table of tables) {
        for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]) {
          for (const cell of row) {
            if (cell === null || typeof cell === "number" || typeof cell === "bigint") continue;
            const text = Buffer.isBuffer(cell) ? cell.toString("latin1") : String(cell);
            cells++;
            for (const token of all) if (text.includes(token)) throw new Error(`table ${table} holds an issued token in clear text`);
          }
        }
      }
      expect(cells).toBeGreaterThan(50);
      const inviteHashes = new Set(db.prepare<[], { token_hash: string }>("SELECT token_hash FROM invites").all().map((r) => r.token_hash));
      const sessionHashes = new Set(db.prepare<[], { token_hash: string }>("SELECT token_hash FROM sessions").all().map((r) => r.token_hash));
      for (const token of issued.invites) expect(inviteHashes.has(sha256(token)), "invite hash").toBe(true);
      for (const token of issued.sessions) expect(sessionHashes.has(sha256(token)), "session hash").toBe(true);
      for (const hash of [...inviteHashes, ...sessionHashes]) expect(hash).toMatch(/^[0-9a-f]{64}$/);
      // Not even in the raw files (database, WAL) where a deleted or uncheckpointed page could hide.
      for (const file of readdirSync(test.dataDir!)) {
        const bytes = readFileSync(join(test.dataDir!, file)).toString("latin1");
        for (const token of all) expect(bytes.includes(token), `${file} holds a token`).toBe(false);
      }
    });
  });

  // Server bug (see the report): after answering 413, the server neither reads the rest of the
  // body (readJson left its for-await loop, which destroyed the request stream) nor closes the
  // connection. A client still sending the body stalls until the keep-alive timeout resets the
  // socket, and fetch (like browsers) then reports a network error instead of the 413. Last in
  // the file because the stalled keep-alive connection can also break the next fetch.
  describe("a large body through fetch", () => {
    it("gets its 413, not a connection reset", async () => {
      const outcomes: string[] = [];
      for (const size of [300_000, 2_000_000]) {
        for (let i = 0; i < 4; i++) {
          const started = Date.now();
          try {
            const reply = await call("POST", "/api/invites/preview", { raw: JSON.stringify({ token: "x".repeat(size) }) });
            outcomes.push(`${size} B: ${reply.status} (${Date.now() - started} ms)`);
          } catch (error) {
            const cause = (error as { cause?: { code?: string } }).cause;
            outcomes.push(`${size} B: ${cause?.code ?? String(error)} (${Date.now() - started} ms)`);
          }
        }
      }
      expect(outcomes.filter((o) => !o.includes(": 413 ")), outcomes.join("\n")).toEqual([]);
    });
  });
});
