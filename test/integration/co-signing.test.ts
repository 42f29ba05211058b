// Co-signing against a real server with SQLite: signatures are checked against the stored
// content, a stale one is refused, two matching ones seal the evaluation, a sealed evaluation
// refuses writes from a stock y-websocket client, and the certificates verify.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { startTestServer, type TestServer } from "../helpers/in-process-server";
import { createExchange, redeem, redeemSigner, tokenFromLink, type Joined } from "../helpers/provision";
import { recordDenials, stockClient, waitFor } from "../helpers/clients";
import { newSigningKey } from "../helpers/evaluation-samples";
import { evaluationContent, type EvaluationContent } from "../../src/evaluation/evaluation-content";
import { finalPartRoots, readFinalPart, studentFeedbackSpec, tutorEvaluationSpec, type FinalPartSpec } from "../../src/evaluation/final-parts";
import { contentHash, signHash } from "../../src/evaluation/signing";
import { verifyCertificate } from "../../src/evaluation/certificate";
import type { EvaluationStatus } from "../../src/evaluation/evaluation-status";

type Signer = Joined & { privateKey: CryptoKey };

describe("co-signing the final evaluation", () => {
  let test: TestServer;
  let officer: Joined;
  let student: Signer;
  let tutor: Signer;
  let exchangeId: string;
  const clients: { destroy(): void }[] = [];

  const api = async (path: string, token: string, body?: unknown) => {
    const response = await fetch(`${test.url}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  const status = async (token = officer.token) => (await api(`/api/evaluations/${exchangeId}`, token)).json as unknown as EvaluationStatus;
  const sign = async (who: Signer, hash: string, key = who.privateKey) =>
    api(`/api/evaluations/${exchangeId}/signatures`, who.token, { contentHash: hash, signature: await signHash(key, hash), signedAt: Date.now() });

  /** The person's own final part, written through a stock client, as their device would. */
  const openPart = async (who: Joined, spec: FinalPartSpec) => {
    const { doc, provider } = stockClient(test.wsUrl, `exchange/${exchangeId}/${spec.kind}`, who.token);
    clients.push(provider);
    const denials = recordDenials(provider);
    await waitFor(() => provider.synced, 10_000, "sync");
    const fill = (text: string) =>
      doc.transact(() => {
        for (const criterion of spec.criteria) doc.getMap(finalPartRoots.ratings).set(criterion, 4);
        const answer = doc.getText(finalPartRoots.text(spec.texts[0] as string));
        answer.delete(0, answer.length);
        answer.insert(0, text);
      });
    return { doc, fill, denials };
  };

  const expectedContent = (studentDoc: Y.Doc, tutorDoc: Y.Doc): EvaluationContent =>
    evaluationContent({
      exchange: { id: exchangeId, kind: "research", projectTitle: "Biomarkers of sepsis in the ICU", studentName: "Sam Student", tutorName: "Dr. Ana Tutor", startDate: "2026-07-01", endDate: "2026-07-28" },
      logbook: { attendance: {}, days: {} },
      student: readFinalPart(studentDoc, studentFeedbackSpec),
      tutor: readFinalPart(tutorDoc, tutorEvaluationSpec),
    });

  /** Waits until the server's copy gives the hash the devices compute. */
  const settled = async (hash: string) => {
    const started = Date.now();
    while ((await status()).currentHash !== hash) {
      if (Date.now() - started > 10_000) throw new Error("the server never stored the parts");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  beforeAll(async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {}); // y-websocket's permission-denied handler
    test = await startTestServer();
    officer = await redeem(test.url, test.setupToken, { name: "Olivia Officer", committeeName: "Test LC" });
    const exchange = await createExchange(test.url, officer.token);
    exchangeId = exchange.exchangeId;
    student = await redeemSigner(test.url, tokenFromLink(exchange.invites.student));
    tutor = await redeemSigner(test.url, tokenFromLink(exchange.invites.tutor));
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await test.close();
  });

  it("refuses to sign an incomplete evaluation, a forged signature and malformed requests", async () => {
    const empty = await status();
    expect(empty.exchange).toMatchObject({ id: exchangeId, kind: "research", tutorName: "Dr. Ana Tutor", studentName: "Sam Student" });
    expect(empty.signatures).toEqual([]);
    expect(empty.sealed).toBeNull();
    expect((await sign(student, empty.currentHash)).json.error).toBe("evaluation-incomplete");

    const stranger = await newSigningKey();
    const forged = await sign(student, empty.currentHash, stranger.privateKey);
    expect(forged.status).toBe(400);
    expect(forged.json.error).toBe("bad-signature");

    const malformed = await api(`/api/evaluations/${exchangeId}/signatures`, student.token, { contentHash: "short", signature: "x" });
    expect(malformed).toMatchObject({ status: 400, json: { error: "bad-content-hash" } });
    const other = await createExchange(test.url, officer.token, { projectTitle: "Another exchange" });
    const otherStudent = await redeem(test.url, tokenFromLink(other.invites.student));
    expect((await api(`/api/evaluations/${exchangeId}`, otherStudent.token)).status).toBe(403);
    expect((await status()).signatures).toEqual([]);
  });

  it("refuses a stale signature, seals when both sign the same content, then refuses every write and issues verifiable certificates", async () => {
    const studentPart = await openPart(student, studentFeedbackSpec);
    const tutorPart = await openPart(tutor, tutorEvaluationSpec);
    studentPart.fill("A welcoming lab.");
    tutorPart.fill("Careful and curious.");
    const first = await contentHash(expectedContent(studentPart.doc, tutorPart.doc));
    await settled(first);

    expect((await sign(student, first)).status).toBe(200);
    const afterStudent = await status();
    expect(afterStudent.signatures.map((s) => [s.role, s.current])).toEqual([["student", true]]);
    expect(afterStudent.sealed).toBeNull();

    // The tutor edits after the student signed: the student's signature no longer counts…
    tutorPart.fill("Careful, curious and punctual.");
    const second = await contentHash(expectedContent(studentPart.doc, tutorPart.doc));
    await settled(second);
    expect((await status()).signatures).toMatchObject([{ role: "student", current: false }]);
    // …and a signature of the old content arriving now (from an outbox) is refused.
    const stale = await sign(tutor, first);
    expect(stale).toMatchObject({ status: 409, json: { error: "changed-since-signed", message: "Changed since you signed — review and sign again.", currentHash: second } });
    const dashboardRow = async () => ((await api("/api/summary", officer.token)).json.rows as { exchangeId: string; signatures: unknown }[]).find((row) => row.exchangeId === exchangeId);
    expect((await dashboardRow())?.signatures).toEqual({ signedBy: [], certificateReady: false });

    expect((await sign(tutor, second)).status).toBe(200);
    expect((await status()).sealed).toBeNull();
    const sealing = await sign(student, second);
    expect(sealing.status).toBe(200);
    const sealed = sealing.json as unknown as EvaluationStatus;
    expect(sealed.sealed?.contentHash).toBe(second);
    expect(sealed.sealed?.content.tutor.texts.strengths).toBe("Careful, curious and punctual.");
    expect(Object.keys(sealed.certificates)).toEqual(["student"]);

    // Sealed: a stock client's write is refused and the stored content does not change.
    const storedBefore = Buffer.concat((await test.server.storage.load(`exchange/${exchangeId}/tutor-final`)).map((u) => Buffer.from(u)));
    tutorPart.fill("Changed after sealing");
    await waitFor(() => tutorPart.denials.length > 0, 10_000, "a permission-denied message");
    expect(tutorPart.denials[0]).toMatch(/^sealed:/);
    const storedAfter = Buffer.concat((await test.server.storage.load(`exchange/${exchangeId}/tutor-final`)).map((u) => Buffer.from(u)));
    expect(storedAfter.equals(storedBefore)).toBe(true);
    expect((await status()).currentHash).toBe(second);
    expect((await sign(tutor, await contentHash(expectedContent(studentPart.doc, tutorPart.doc)))).json.error).toBe("sealed");

    // Certificates: both verify against the published key; the officer sees both, the dashboard says so.
    const key = (await (await fetch(`${test.url}/api/attestation-key`)).json()) as { keyId: string; publicKey: { x: string; y: string } };
    const all = await status();
    expect(Object.keys(all.certificates).sort()).toEqual(["student", "tutor"]);
    for (const holder of ["student", "tutor"] as const) {
      const verified = await verifyCertificate(all.certificates[holder]!.payload, [key]);
      expect(verified.ok && [verified.claims.certificate, verified.claims.contentHash]).toEqual([holder === "student" ? "research-exchange" : "tutorship", second]);
      const byCode = await fetch(`${test.url}/api/certificates/${all.certificates[holder]!.code}`);
      expect(((await byCode.json()) as { payload: string }).payload).toBe(all.certificates[holder]!.payload);
    }
    expect((await dashboardRow())?.signatures).toEqual({ signedBy: ["student", "tutor"], certificateReady: true });
    const me = (await api("/api/me", tutor.token)).json as { documents: { name: string; access: string }[] };
    expect(me.documents.find((d) => d.name.endsWith("/tutor-final"))?.access).toBe("read");
  });

  it("keeps the same attestation key and the seal across a restart", async () => {
    const key = await (await fetch(`${test.url}/api/attestation-key`)).json();
    const again = await startTestServer({ dataDir: test.dataDir as string });
    try {
      expect(await (await fetch(`${again.url}/api/attestation-key`)).json()).toEqual(key);
      // The sealed part stays sealed: a write on a new socket is refused and nothing is stored.
      const name = `exchange/${exchangeId}/tutor-final`;
      const storedBefore = Buffer.concat((await again.server.storage.load(name)).map((u) => Buffer.from(u)));
      const { doc, provider } = stockClient(again.wsUrl, name, tutor.token);
      clients.push(provider);
      const denials = recordDenials(provider);
      await waitFor(() => provider.synced && doc.share.size > 0, 10_000, "the sealed part after a restart");
      doc.getMap(finalPartRoots.ratings).set(tutorEvaluationSpec.criteria[0] as string, 1);
      await waitFor(() => denials.length > 0, 10_000, "a refusal after a restart");
      expect(denials[0]).toMatch(/^sealed:/);
      const storedAfter = Buffer.concat((await again.server.storage.load(name)).map((u) => Buffer.from(u)));
      expect(storedAfter.equals(storedBefore)).toBe(true);
    } finally {
      await again.close();
    }
  });
});
