// Who may read and write which document, checked end to end: stock y-websocket clients with real
// session tokens against an in-process server on real SQLite. The expected access is a table
// below; every cell becomes a read case and a write case.
//
// read  = the connection completes sync and receives the current content (or, for "none", is
//         closed with 4403 and receives nothing);
// write = the client inserts something: allowed means another reader sees it and it is stored
//         (and still there after a restart); refused means the client gets y-websocket's
//         "permission denied" auth message (type 2), other readers never see it, the room's
//         state does not have it and the stored bytes do not change.
//
// Two local committees: A (the set-up link) and B. The API only ever makes the first officer,
// so B's set-up invite is written into the registry's invites table directly (the row
// issueSetupInviteIfNeeded would write) and then redeemed through the API like any invite.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import Database from "better-sqlite3";
import type { WebsocketProvider } from "y-websocket";
import { startTestServer, type TestServer } from "../helpers/in-process-server";
import { createExchange, provisionExchange, redeem, tokenFromLink, type Joined } from "../helpers/provision";
import { rawFrame, recordDenials, stockClient, waitFor } from "../helpers/clients";

type Access = "none" | "read" | "write";
const W = "write" as const;
const R = "read" as const;
const _ = "none" as const;

// Principals belong to exchange A1 of committee A, except the three "of committee B" rows, who
// belong to exchange B1 of committee B. A2 is a second exchange of committee A.
const columns = ["A1 student", "A1 tutor", "A1 student-final", "A1 tutor-final", "A1 arrival", "A1 student-arrival", "A program", "A2 student", "A2 tutor", "B program", "B1 student"] as const;
type Column = (typeof columns)[number];
type Principal = "student" | "tutor" | "contact" | "officer" | "officer of committee B" | "student of committee B" | "contact of committee B";
type Row = readonly [Principal, Access, Access, Access, Access, Access, Access, Access, Access, Access, Access, Access];

// prettier-ignore
const matrix: readonly Row[] = [
  //                           A1 student  A1 tutor  A1 st-final  A1 tu-final  A1 arrival  A1 st-arrival  A program  A2 student  A2 tutor  B program  B1 student
  ["student",                  W,          R,        W,           R,           R,          W,             R,         _,          _,        _,         _],
  ["tutor",                    R,          W,        R,           W,           _,          _,             _,         _,          _,        _,         _],
  ["contact",                  _,          _,        _,           _,           W,          R,             W,         _,          _,        _,         _],
  ["officer",                  R,          R,        R,           R,           R,          R,             W,         R,          R,        _,         _],
  ["officer of committee B",   _,          _,        _,           _,           _,          _,             _,         _,          _,        W,         R],
  ["student of committee B",   _,          _,        _,           _,           _,          _,             _,         _,          _,        R,         W],
  ["contact of committee B",   _,          _,        _,           _,           _,          _,             _,         _,          _,        W,         _],
];

const closeForbidden = 4403;
const closeUnauthorized = 4401;

const sha256 = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
const forgedToken = () => randomBytes(16).toString("base64url");
const seedOf = (name: string) => `seed of ${name}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000, what = "condition"): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

const syncStep1 = (stateVector: Uint8Array) =>
  rawFrame(0, (encoder) => {
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint8Array(encoder, stateVector);
  });
const syncUpdate = (update: Uint8Array) =>
  rawFrame(0, (encoder) => {
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, update);
  });

/** Another reader, on a raw socket: applies everything the server sends to its own Y.Doc and can
 * ask for the room's full live state. The answer comes on the same socket, after anything the
 * server relayed to it before, so it also works as a barrier. */
interface Reader {
  doc: Y.Doc;
  denials: string[];
  closed: number | null;
  liveState(): Promise<Y.Doc>;
  close(): void;
}

async function openReader(wsUrl: string, name: string, token: string): Promise<Reader> {
  const socket = new WebSocket(`${wsUrl}/sync/${name}`, ["aql.sync.v1", `aql.token.${token}`]);
  const doc = new Y.Doc();
  const waiting: ((state: Uint8Array) => void)[] = [];
  const reader: Reader = {
    doc,
    denials: [],
    closed: null,
    liveState: () =>
      new Promise<Y.Doc>((resolve, reject) => {
        if (socket.readyState !== socket.OPEN) return reject(new Error(`reader of ${name} is closed (${reader.closed})`));
        waiting.push((state) => {
          const live = new Y.Doc();
          Y.applyUpdate(live, state);
          resolve(live);
        });
        socket.send(syncStep1(Y.encodeStateVector(new Y.Doc())));
      }),
    close: () => socket.close(),
  };
  socket.on("message", (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === 0) return; // the server's step 1: a reader has nothing of its own to send
      Y.applyUpdate(doc, payload);
      if (step === 1) waiting.shift()?.(payload);
    } else if (type === 2 && decoding.readVarUint(decoder) === 0) {
      reader.denials.push(decoding.readVarString(decoder));
    }
  });
  socket.on("close", (code) => (reader.closed = code));
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  await reader.liveState();
  return reader;
}

/** A raw connection that sends `frames` as soon as it is open and reports how it was closed. */
function rawAttempt(wsUrl: string, name: string, token: string, frames: Uint8Array[] = [], how: "protocol" | "query" = "protocol") {
  const socket =
    how === "protocol"
      ? new WebSocket(`${wsUrl}/sync/${name}`, ["aql.sync.v1", `aql.token.${token}`])
      : new WebSocket(`${wsUrl}/sync/${name}?token=${encodeURIComponent(token)}`);
  let received = 0;
  socket.on("message", () => received++);
  socket.on("open", () => {
    for (const frame of frames) socket.send(frame, () => {});
  });
  socket.on("error", () => {});
  return new Promise<{ code: number; reason: string; received: number }>((resolve) =>
    socket.on("close", (code, reason) => resolve({ code, reason: reason.toString(), received })),
  );
}

describe("document permissions (stock clients, real SQLite)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "aql-permissions-"));
  const serverOptions = {
    dataDir,
    limits: { connectionsPerMinutePerIp: 1_000_000, connectionBurstPerIp: 1_000_000, connectionsPerMinutePerPerson: 1_000_000, connectionBurstPerPerson: 1_000_000, byteBurstPerPerson: 1e12 },
    storage: { compactAfterUpdates: 1_000_000, compactAfterBytes: 1 << 30 },
  };
  let test: TestServer;
  let db: Database.Database;
  let setup: Awaited<ReturnType<typeof provisionExchange>>;
  const people = {} as Record<Principal, Joined>;
  const extra = {} as Record<"A2 student" | "A2 tutor" | "B tutor", Joined>;
  const docs = {} as Record<Column | "A2 student-final" | "A2 tutor-final", string>;
  const witnesses = new Map<string, Reader>();
  /** What must be in each document's "writes" map after everything: allowed writes only. */
  const accepted = new Map<string, Set<string>>();
  const refused = new Map<string, Set<string>>();
  const note = (book: Map<string, Set<string>>, name: string, key: string) => book.set(name, (book.get(name) ?? new Set()).add(key));
  const providers: WebsocketProvider[] = [];
  const seeded = new Set<string>();

  const stored = async (name: string) => Buffer.concat((await test.server.storage.load(name)).map((u) => Buffer.from(u)));
  const storedDoc = async (name: string) => {
    const doc = new Y.Doc();
    for (const update of await test.server.storage.load(name)) Y.applyUpdate(doc, update);
    return doc;
  };

  /** A stock y-websocket client that also records the auth messages and close codes it gets. */
  const stock = (name: string, token: string, doc = new Y.Doc()) => {
    const { provider } = stockClient(test.wsUrl, name, token, doc);
    providers.push(provider);
    const denials = recordDenials(provider);
    const closes: number[] = [];
    provider.on("connection-close", (event) => {
      if (event) closes.push(event.code);
    });
    return { doc, provider, denials, closes };
  };

  const writerOf = (column: Column): Joined =>
    ({
      "A1 student": people.student,
      "A1 tutor": people.tutor,
      "A1 student-final": people.student,
      "A1 tutor-final": people.tutor,
      "A1 arrival": people.contact,
      "A1 student-arrival": people.student,
      "A program": people.officer,
      "A2 student": extra["A2 student"],
      "A2 tutor": extra["A2 tutor"],
      "B program": people["officer of committee B"],
      "B1 student": people["student of committee B"],
    })[column];
  const witnessOf = (column: Column): Joined =>
    column.startsWith("A program") ? people.contact : column.startsWith("A") ? people.officer : column === "B program" ? people["contact of committee B"] : people["officer of committee B"];

  const seed = async (name: string, writer: Joined) => {
    const client = stock(name, writer.token);
    await waitFor(() => client.provider.synced, 10_000, `seed writer of ${name} to sync`);
    client.doc.getText("seed").insert(0, seedOf(name));
    await eventually(async () => (await storedDoc(name)).getText("seed").toString() === seedOf(name), 10_000, `seed of ${name} stored`);
    client.provider.destroy();
    seeded.add(name);
  };

  beforeAll(async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {}); // y-websocket's permission-denied handler
    test = await startTestServer(serverOptions);
    db = new Database(join(dataDir, "logbook.sqlite"));
    db.pragma("busy_timeout = 5000");

    setup = await provisionExchange(test.url, test.setupToken);
    Object.assign(people, { student: setup.student, tutor: setup.tutor, contact: setup.contact, officer: setup.officer });
    const a2 = await createExchange(test.url, setup.officer.token, { projectTitle: "Second exchange" });
    extra["A2 student"] = await redeem(test.url, tokenFromLink(a2.invites.student));
    extra["A2 tutor"] = await redeem(test.url, tokenFromLink(a2.invites.tutor));

    const setupB = forgedToken();
    db.prepare("INSERT INTO invites (token_hash, kind, person_id, created_at, expires_at) VALUES (?, 'setup', NULL, ?, ?)").run(sha256(setupB), Date.now(), Date.now() + 86_400_000);
    people["officer of committee B"] = await redeem(test.url, setupB, { name: "Bea Officer", committeeName: "LC B" });
    const b1 = await createExchange(test.url, people["officer of committee B"].token, { projectTitle: "Exchange of committee B" });
    people["student of committee B"] = await redeem(test.url, tokenFromLink(b1.invites.student));
    people["contact of committee B"] = await redeem(test.url, tokenFromLink(b1.invites.contact));
    extra["B tutor"] = await redeem(test.url, tokenFromLink(b1.invites.tutor));
    expect(people["officer of committee B"].committeeId).not.toBe(setup.officer.committeeId);
    expect(people["student of committee B"].committeeId).toBe(people["officer of committee B"].committeeId);

    const a1 = setup.exchange.exchangeId;
    Object.assign(docs, {
      "A1 student": `exchange/${a1}/student`,
      "A1 tutor": `exchange/${a1}/tutor`,
      "A1 student-final": `exchange/${a1}/student-final`,
      "A1 tutor-final": `exchange/${a1}/tutor-final`,
      "A1 arrival": `exchange/${a1}/arrival`,
      "A1 student-arrival": `exchange/${a1}/student-arrival`,
      "A program": `committee/${setup.officer.committeeId}/program`,
      "A2 student": `exchange/${a2.exchangeId}/student`,
      "A2 tutor": `exchange/${a2.exchangeId}/tutor`,
      "A2 student-final": `exchange/${a2.exchangeId}/student-final`,
      "A2 tutor-final": `exchange/${a2.exchangeId}/tutor-final`,
      "B program": `committee/${people["officer of committee B"].committeeId}/program`,
      "B1 student": `exchange/${b1.exchangeId}/student`,
    });
    // What the server tells people about their documents agrees with the table.
    for (const [principal, ...cells] of matrix) {
      const listed = new Map(people[principal].documents.map((d) => [d.name, d.access]));
      columns.forEach((column, i) => {
        if (listed.has(docs[column])) expect(listed.get(docs[column]), `${principal} / ${column} in documents`).toBe(cells[i]);
        // Officers follow exchanges through the API, not through their document list.
        else if (people[principal].role !== "officer") expect(cells[i], `${principal} / ${column} missing from documents`).toBe("none");
      });
    }

    for (const column of columns) {
      await seed(docs[column], writerOf(column));
      accepted.set(docs[column], new Set());
      witnesses.set(docs[column], await openReader(test.wsUrl, docs[column], witnessOf(column).token));
    }
  });

  afterEach(() => {
    for (const provider of providers.splice(0)) provider.destroy();
  });

  afterAll(async () => {
    for (const provider of providers.splice(0)) provider.destroy();
    for (const reader of witnesses.values()) reader.close();
    db?.close();
    await test?.close();
    rmSync(dataDir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  describe("the matrix", () => {
    for (const [principal, ...cells] of matrix) {
      columns.forEach((column, index) => {
        const expected = cells[index]!;

        it(`${principal} reads ${column}: ${expected === "none" ? "refused (4403)" : "gets the content"}`, async () => {
          const name = docs[column];
          const client = stock(name, people[principal].token);
          if (expected === "none") {
            await waitFor(() => client.closes.length > 0, 10_000, "the server to close the connection");
            expect(client.closes).toEqual([closeForbidden]);
            expect(client.provider.synced).toBe(false);
            expect(client.doc.share.size).toBe(0); // nothing at all arrived
            return;
          }
          const want = accepted.get(name)!;
          await waitFor(
            () => client.provider.synced && client.doc.getText("seed").toString() === seedOf(name) && client.doc.getMap("writes").size === want.size,
            10_000,
            "sync with the current content",
          );
          expect([...client.doc.getMap("writes").keys()].sort()).toEqual([...want].sort());
          expect(client.closes).toEqual([]);
          expect(client.denials).toEqual([]);
        });

        it(`${principal} writes ${column}: ${expected === "write" ? "allowed" : "refused"}`, async () => {
          const name = docs[column];
          const key = `${principal} → ${column}`;
          const witness = witnesses.get(name)!;
          const before = await stored(name);

          if (expected === "none") {
            // An offline edit, waiting to go out as soon as the connection is up.
            const doc = new Y.Doc();
            doc.getMap("writes").set(key, principal);
            const client = stock(name, people[principal].token, doc);
            await waitFor(() => client.closes.length > 0, 10_000, "the server to close the connection");
            expect(client.closes).toEqual([closeForbidden]);
            // A raw client that sends the update (as step 2 and as an update) right after the handshake.
            const update = Y.encodeStateAsUpdate(doc);
            const raw = await rawAttempt(test.wsUrl, name, people[principal].token, [
              rawFrame(0, (e) => {
                encoding.writeVarUint(e, 1);
                encoding.writeVarUint8Array(e, update);
              }),
              syncUpdate(update),
            ]);
            expect(raw.code).toBe(closeForbidden);
            expect(raw.received).toBe(0);
          } else {
            const client = stock(name, people[principal].token);
            await waitFor(() => client.provider.synced, 10_000, "sync");
            client.doc.getMap("writes").set(key, principal);
            if (expected === "write") {
              await waitFor(() => witness.doc.getMap("writes").get(key) === principal, 10_000, "another reader to see the write");
              await eventually(async () => (await storedDoc(name)).getMap("writes").get(key) === principal, 10_000, "the write to be stored");
              expect(client.denials).toEqual([]);
              expect(client.closes).toEqual([]);
              note(accepted, name, key);
              return;
            }
            await waitFor(() => client.denials.length > 0, 10_000, "a permission-denied auth message");
            expect(client.denials).toEqual([`read-only: your role (${people[principal].role}) cannot change this document`]);
            // Refused, not disconnected: the client keeps reading.
            expect(client.closes).toEqual([]);
            expect(client.provider.wsconnected).toBe(true);
          }
          note(refused, name, key);
          // The witness asks for the full live state; any relay of the refused update would have
          // reached it before this answer.
          const live = await witness.liveState();
          expect(live.getMap("writes").has(key)).toBe(false);
          expect([...live.getMap("writes").keys()].sort()).toEqual([...accepted.get(name)!].sort());
          expect(witness.doc.getMap("writes").has(key)).toBe(false);
          expect(witness.denials).toEqual([]);
          expect((await stored(name)).equals(before)).toBe(true);
        });
      });
    }
  });

  describe("sealed documents", () => {
    it("a sealed tutor-final is read-only for its tutor, also on a connection opened before the seal; storage is unchanged", async () => {
      const name = docs["A2 tutor-final"];
      const tutor = extra["A2 tutor"];
      await seed(name, tutor);
      accepted.set(name, new Set());
      const witness = await openReader(test.wsUrl, name, people.officer.token);
      witnesses.set(name, witness);

      const early = stock(name, tutor.token);
      await waitFor(() => early.provider.synced, 10_000, "sync");
      early.doc.getMap("writes").set("before the seal", "tutor");
      await eventually(async () => (await storedDoc(name)).getMap("writes").has("before the seal"), 10_000, "the write before the seal");
      note(accepted, name, "before the seal");

      expect(test.server.registry.isSealed(name)).toBe(false);
      // As the evaluation service seals: the row, then the registry is told once it committed.
      db.prepare("INSERT INTO sealed_documents (name, sealed_at) VALUES (?, ?)").run(name, Date.now());
      test.server.registry.noteSealed([name]);
      expect(test.server.registry.isSealed(name)).toBe(true);
      const before = await stored(name);

      early.doc.getMap("writes").set("after the seal, old connection", "tutor");
      await waitFor(() => early.denials.length > 0, 10_000, "a permission-denied auth message");
      expect(early.denials).toEqual(["sealed: this document was signed and can no longer change"]);
      note(refused, name, "after the seal, old connection");

      // A new connection still reads it all, and cannot write either.
      const late = stock(name, tutor.token);
      await waitFor(() => late.provider.synced && late.doc.getMap("writes").has("before the seal"), 10_000, "sync after the seal");
      expect(late.doc.getText("seed").toString()).toBe(seedOf(name));
      late.doc.getMap("writes").set("after the seal, new connection", "tutor");
      await waitFor(() => late.denials.length > 0, 10_000, "a permission-denied auth message");
      expect(late.denials[0]).toMatch(/^sealed:/);
      expect(late.closes).toEqual([]);
      note(refused, name, "after the seal, new connection");

      const live = await witness.liveState();
      expect([...live.getMap("writes").keys()]).toEqual(["before the seal"]);
      expect([...witness.doc.getMap("writes").keys()]).toEqual(["before the seal"]);
      expect((await stored(name)).equals(before)).toBe(true);

      // The tutor's document list says so, and the student's own final part is not affected.
      const me = (await (await fetch(`${test.url}/api/me`, { headers: { Authorization: `Bearer ${tutor.token}` } })).json()) as { documents: { name: string; access: string }[] };
      expect(me.documents.find((d) => d.name === name)?.access).toBe("read");
      const studentFinal = docs["A2 student-final"];
      accepted.set(studentFinal, new Set());
      const student = stock(studentFinal, extra["A2 student"].token);
      await waitFor(() => student.provider.synced, 10_000, "sync");
      student.doc.getMap("writes").set("student final, not sealed", "student");
      await eventually(async () => (await storedDoc(studentFinal)).getMap("writes").has("student final, not sealed"), 10_000, "the student's write");
      note(accepted, studentFinal, "student final, not sealed");
      expect(student.denials).toEqual([]);
    });
  });

  describe("bad, expired and revoked tokens", () => {
    it("a forged, malformed or missing token, a token hash or an invite token is closed with 4401", async () => {
      const invite = tokenFromLink(setup.exchange.invites.student);
      const tokens: [string, string][] = [
        ["forged", forgedToken()],
        ["forged, all zeros", "A".repeat(22)],
        ["malformed", "not-a-token"],
        ["too long", `${people.student.token}x`],
        ["missing", ""],
        ["hash of a real token", sha256(people.student.token)],
        ["redeemed invite token", invite],
        ["set-up token", test.setupToken],
      ];
      for (const [what, token] of tokens) {
        for (const column of ["A1 student", "A program"] as const) {
          for (const how of ["protocol", "query"] as const) {
            const result = await rawAttempt(test.wsUrl, docs[column], token, [syncUpdate(Y.encodeStateAsUpdate(new Y.Doc()))], how);
            expect(result.code, `${what} (${how}) on ${column}`).toBe(closeUnauthorized);
            expect(result.received).toBe(0);
          }
        }
        const client = stock(docs["A1 student"], token);
        await waitFor(() => client.closes.length > 0, 10_000, "close");
        expect(client.closes, what).toEqual([closeUnauthorized]);
        expect(client.provider.synced).toBe(false);
        // 4401 is final for a stock client: it does not keep trying.
        await sleep(400);
        expect(client.closes).toEqual([closeUnauthorized]);
        expect(client.provider.shouldConnect).toBe(false);
      }
      // Unknown documents are not a way around it either.
      expect((await rawAttempt(test.wsUrl, "exchange/nope/student", forgedToken())).code).toBe(closeUnauthorized);
    });

    it("an expired session is closed with 4401 on connect", async () => {
      const reissued = (await (await fetch(`${test.url}/api/exchanges/${setup.exchange.exchangeId}/invites/tutor`, { method: "POST", headers: { Authorization: `Bearer ${people.officer.token}` } })).json()) as { invite: string };
      const device = await redeem(test.url, tokenFromLink(reissued.invite));
      const name = docs["A1 tutor"];
      // It works while valid.
      const first = await openReader(test.wsUrl, name, device.token);
      expect(first.doc.getText("seed").toString()).toBe(seedOf(name));
      first.close();

      db.prepare("UPDATE sessions SET expires_at = 0 WHERE id = ?").run(device.sessionId);
      const before = await stored(name);
      for (const how of ["protocol", "query"] as const) {
        const doc = new Y.Doc();
        doc.getMap("writes").set("expired", "tutor");
        const result = await rawAttempt(test.wsUrl, name, device.token, [syncUpdate(Y.encodeStateAsUpdate(doc))], how);
        expect(result.code).toBe(closeUnauthorized);
        expect(result.received).toBe(0);
      }
      const client = stock(name, device.token);
      await waitFor(() => client.closes.length > 0, 10_000, "close");
      expect(client.closes).toEqual([closeUnauthorized]);
      expect((await stored(name)).equals(before)).toBe(true);
      expect((await fetch(`${test.url}/api/me`, { headers: { Authorization: `Bearer ${device.token}` } })).status).toBe(401);
      // The tutor's other device is unaffected.
      const other = stock(name, people.tutor.token);
      await waitFor(() => other.provider.synced, 10_000, "sync");
    });

    it("revoking a session closes its open sockets with 4401 at once, and it cannot connect again; the person's other session keeps working", async () => {
      const reissued = (await (await fetch(`${test.url}/api/exchanges/${setup.exchange.exchangeId}/invites/student`, { method: "POST", headers: { Authorization: `Bearer ${people.officer.token}` } })).json()) as { invite: string };
      const device = await redeem(test.url, tokenFromLink(reissued.invite));
      const writeDoc = docs["A1 student"];
      const readDoc = docs["A program"];
      const writing = stock(writeDoc, device.token);
      const reading = stock(readDoc, device.token);
      const otherDevice = stock(writeDoc, people.student.token);
      const raw = await openReader(test.wsUrl, docs["A1 tutor"], device.token);
      await waitFor(() => writing.provider.synced && reading.provider.synced && otherDevice.provider.synced, 10_000, "sync");
      writing.doc.getMap("writes").set("second device, before revoke", "student");
      await eventually(async () => (await storedDoc(writeDoc)).getMap("writes").has("second device, before revoke"), 10_000, "write before revoke");
      note(accepted, writeDoc, "second device, before revoke");

      const response = await fetch(`${test.url}/api/sessions/${device.sessionId}/revoke`, { method: "POST", headers: { Authorization: `Bearer ${people.officer.token}` } });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ revoked: true });
      const revokedAt = Date.now();
      await waitFor(() => writing.closes.length > 0 && reading.closes.length > 0 && raw.closed !== null, 2_000, "the revoked session's sockets to close");
      expect(Date.now() - revokedAt).toBeLessThan(1_000);
      expect(writing.closes).toEqual([closeUnauthorized]);
      expect(reading.closes).toEqual([closeUnauthorized]);
      expect(raw.closed).toBe(closeUnauthorized);

      // Edits made after the revocation go nowhere.
      const before = await stored(writeDoc);
      writing.doc.getMap("writes").set("second device, after revoke", "student");
      note(refused, writeDoc, "second device, after revoke");
      for (const column of ["A1 student", "A program"] as const) {
        const result = await rawAttempt(test.wsUrl, docs[column], device.token, [syncUpdate(Y.encodeStateAsUpdate(writing.doc))]);
        expect(result.code).toBe(closeUnauthorized);
      }
      const again = stock(writeDoc, device.token, writing.doc);
      await waitFor(() => again.closes.length > 0, 10_000, "close");
      expect(again.closes).toEqual([closeUnauthorized]);
      expect((await stored(writeDoc)).equals(before)).toBe(true);
      expect((await fetch(`${test.url}/api/me`, { headers: { Authorization: `Bearer ${device.token}` } })).status).toBe(401);

      // The student's first device was not touched and still writes.
      expect(otherDevice.closes).toEqual([]);
      otherDevice.doc.getMap("writes").set("first device, after revoke", "student");
      await eventually(async () => (await storedDoc(writeDoc)).getMap("writes").has("first device, after revoke"), 10_000, "the other device's write");
      note(accepted, writeDoc, "first device, after revoke");
      expect((await storedDoc(writeDoc)).getMap("writes").has("second device, after revoke")).toBe(false);
    });
  });

  describe("reconnecting to a document with deletions", () => {
    // Server bug (see the report): when a stock y-websocket client reconnects with the document it
    // already has, it answers the server's sync step 1 with Y.encodeStateAsUpdate(doc, serverSV).
    // That holds no new structs but always the document's whole delete set, and the server counts
    // it as a non-empty write: a read-only client gets "permission denied" for an edit it never
    // made, and every reconnect of a writer appends (and relays) the whole delete set again.
    it("a reader that changed nothing is not told 'permission denied', and a writer's reconnect stores nothing", async () => {
      const name = docs["A2 tutor"];
      const writer = stock(name, extra["A2 tutor"].token);
      await waitFor(() => writer.provider.synced, 10_000, "sync");
      const text = writer.doc.getText("notes");
      text.insert(0, "a first draft, then corrected");
      text.delete(0, "a first draft, ".length);
      writer.doc.getMap("draft").set("status", "draft");
      writer.doc.getMap("draft").set("status", "final");
      await eventually(async () => (await storedDoc(name)).getText("notes").toString() === "then corrected", 10_000, "the edit to be stored");
      await eventually(async () => (await storedDoc(name)).getMap("draft").get("status") === "final", 10_000, "the edit to be stored");
      const reader = stock(name, extra["A2 student"].token);
      await waitFor(() => reader.provider.synced && reader.doc.getText("notes").toString() === "then corrected", 10_000, "the reader to sync");
      await sleep(300);
      expect(reader.denials).toEqual([]); // a fresh reader is fine: its doc was empty when it answered
      const before = await stored(name);

      // Both lose the network for a moment and come back with what they have.
      for (const client of [reader, writer]) {
        client.provider.disconnect();
        await waitFor(() => !client.provider.wsconnected, 5_000, "disconnect");
        client.provider.connect();
      }
      await waitFor(() => reader.provider.synced && writer.provider.synced, 10_000, "both to sync again");
      await sleep(500);
      await witnesses.get(name)!.liveState();
      const problems = {
        readerDenials: reader.denials,
        writerDenials: writer.denials,
        storedGrewBy: (await stored(name)).length - before.length,
      };
      expect(problems).toEqual({ readerDenials: [], writerDenials: [], storedGrewBy: 0 });
    });
  });

  describe("after a restart", () => {
    it("every allowed write is stored and no refused one is", async () => {
      for (const reader of witnesses.values()) reader.close();
      witnesses.clear();
      for (const provider of providers.splice(0)) provider.destroy();
      await test.close();
      test = await startTestServer(serverOptions);
      expect(test.setupToken).toBe("");
      expect(accepted.size).toBeGreaterThanOrEqual(columns.length);
      let allowed = 0;
      let refusals = 0;
      for (const [name, keys] of accepted) {
        const doc = await storedDoc(name);
        expect(doc.getText("seed").toString(), name).toBe(seeded.has(name) ? seedOf(name) : "");
        expect([...doc.getMap("writes").keys()].sort(), name).toEqual([...keys].sort());
        for (const key of refused.get(name) ?? []) expect(doc.getMap("writes").has(key), `${name}: ${key}`).toBe(false);
        allowed += keys.size;
        refusals += refused.get(name)?.size ?? 0;
      }
      // Every write cell of the table was tried.
      const cells = matrix.flatMap(([, ...row]) => row);
      expect(allowed).toBeGreaterThanOrEqual(cells.filter((c) => c === "write").length);
      expect(refusals).toBeGreaterThanOrEqual(cells.filter((c) => c !== "write").length);
      // And the people can still read it through the restarted server.
      const name = docs["A1 student"];
      const client = stock(name, people.officer.token);
      await waitFor(() => client.provider.synced && client.doc.getMap("writes").size === accepted.get(name)!.size, 10_000, "sync after restart");
    });
  });
});
