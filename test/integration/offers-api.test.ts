// Project offers end to end through the HTTP API against an in-process server with real SQLite:
// the officer's link, the tutor's draft and review, the public list and CSV, applications with
// their bad input (each refused with its reason and nothing stored), who may read which files,
// the video call, the choice, and the deletion of the other applicants.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/in-process-server";
import { redeem, tokenFromLink, type Joined } from "../helpers/provision";
import { api, publishedOffer, sampleApplicationBody, sampleOfferForm, samplePdf } from "../helpers/offers";
import { parseTrustProxy } from "../../sync-server/src/http/client-address";
import { deleteUnchosenApplicants } from "../../sync-server/src/offers/applicant-retention";

describe("project offers and applications (real SQLite)", () => {
  let test: TestServer;
  let officer: Joined;
  beforeAll(async () => {
    test = await startTestServer({ limits: { applicationsPerHourPerAddress: 1000 } });
    officer = await redeem(test.url, test.setupToken, { name: "Olivia Officer", committeeName: "Test LC" });
  });
  afterAll(() => test.close());

  it("takes a tutor from the link to a published offer, with a draft, a review comment and a public list and CSV", async () => {
    const created = await api(test.url, "POST", "/api/offers", { tutorName: "Dr. Ana", tutorEmail: "ana@example.org" }, officer.token);
    expect(created.status).toBe(201);
    const link = created.json.link as string;
    expect(link).toMatch(/\/offer-form#[A-Za-z0-9_-]{22}$/);
    const offerId = (created.json.offer as { id: string }).id;
    // GET never redeems; a POST does, once.
    expect((await fetch(`${test.url}/offer-form`)).status).not.toBe(201);
    const redeemed = await api(test.url, "POST", "/api/offer-form/redeem", { token: tokenFromLink(link) });
    expect(redeemed.status).toBe(201);
    expect((await api(test.url, "POST", "/api/offer-form/redeem", { token: tokenFromLink(link) })).status).toBe(410);
    const tutor = redeemed.json.accessToken as string;

    const listed = async () => (await api(test.url, "GET", "/api/offers", undefined, officer.token)).json.offers as { id: string; state: string; answeredAt: number | null }[];
    expect((await listed()).find((o) => o.id === offerId)?.answeredAt).toBeNull();
    const draft = await api(test.url, "PUT", "/api/offer-form", { form: { projectTitle: "Half done" } }, tutor);
    expect(draft.status).toBe(200);
    expect((await listed()).find((o) => o.id === offerId)).toMatchObject({ state: "draft" });
    expect((await listed()).find((o) => o.id === offerId)?.answeredAt).not.toBeNull();

    const incomplete = await api(test.url, "POST", "/api/offer-form/submit", { form: { projectTitle: "Half done" } }, tutor);
    expect(incomplete.status).toBe(400);
    expect(incomplete.json.fields).toMatchObject({ hostInstitution: "required", description: "required", periods: "required" });
    expect((await api(test.url, "POST", `/api/offers/${offerId}/publish`, undefined, officer.token)).status).toBe(409);

    expect((await api(test.url, "POST", "/api/offer-form/submit", { form: sampleOfferForm() }, tutor)).status).toBe(200);
    const changes = await api(test.url, "POST", `/api/offers/${offerId}/changes`, { comment: "Please name the periods more precisely." }, officer.token);
    expect(changes.json.offer).toMatchObject({ state: "changes-requested", reviewComment: "Please name the periods more precisely." });
    expect((await api(test.url, "GET", "/api/offer-form", undefined, tutor)).json.offer).toMatchObject({ reviewComment: "Please name the periods more precisely." });
    expect((await api(test.url, "POST", "/api/offer-form/submit", { form: sampleOfferForm({ periods: "1–28 July 2027" }) }, tutor)).status).toBe(200);
    expect((await api(test.url, "POST", `/api/offers/${offerId}/publish`, undefined, officer.token)).json.offer).toMatchObject({ state: "published" });

    const committeeId = officer.committeeId;
    const page = await api(test.url, "GET", `/api/public/committees/${committeeId}/offers`);
    const offers = page.json.offers as { id: string; form: { periods: string } }[];
    expect(offers.map((o) => [o.id, o.form.periods])).toEqual([[offerId, "1–28 July 2027"]]);
    expect(page.text).not.toContain("ana@example.org");
    const csv = await api(test.url, "GET", `/api/public/committees/${committeeId}/offers.csv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.text.split("\r\n")[1]).toContain("Sepsis biomarkers,research,Intensive care,University Hospital,Dr. Ana,1–28 July 2027,4,1");
  });

  it("refuses bad applications with a clear error and stores nothing of them", async () => {
    const { offerId, tutorToken } = await publishedOffer(test.url, officer.token);
    const applyWith = (body: Record<string, unknown>) => api(test.url, "POST", `/api/public/offers/${offerId}/applications`, body);
    const notPdf = await applyWith(sampleApplicationBody("a@example.org", { cvPdf: Buffer.from("<html><script>alert(1)</script></html>").toString("base64") }));
    expect([notPdf.status, notPdf.json.error, notPdf.json.field]).toEqual([415, "not-pdf", "cv"]);
    expect(notPdf.json.message).toMatch(/not a PDF/);
    const big = Buffer.concat([samplePdf(), Buffer.alloc(5 * 1024 * 1024, 32)]);
    const tooBig = await applyWith(sampleApplicationBody("b@example.org", { letterPdf: big.toString("base64") }));
    expect([tooBig.status, tooBig.json.error, tooBig.json.field]).toEqual([413, "file-too-large", "letter"]);
    const tooLong = await applyWith(sampleApplicationBody("c@example.org", { name: "x".repeat(201) }));
    expect([tooLong.status, (tooLong.json.fields as Record<string, string>).name]).toEqual([400, "tooLong"]);
    const noCv = await applyWith(sampleApplicationBody("d@example.org", { cvPdf: undefined }));
    expect((noCv.json.fields as Record<string, string>).cv).toBe("required");
    expect(((await api(test.url, "GET", "/api/offer-form/applications", undefined, tutorToken)).json.applications as unknown[]).length).toBe(0);

    expect((await applyWith(sampleApplicationBody("Same@Example.org"))).status).toBe(201);
    const again = await applyWith(sampleApplicationBody("same@example.org ", { name: "Someone else" }));
    expect([again.status, again.json.error]).toEqual([409, "already-applied"]);
    const stored = (await api(test.url, "GET", "/api/offer-form/applications", undefined, tutorToken)).json.applications as { fields: { name: string } }[];
    expect(stored.map((a) => a.fields.name)).toEqual(["Student Same@Example.org"]);
  });

  it("keeps HTML and script as plain text in every field", async () => {
    const { offerId, tutorToken } = await publishedOffer(test.url, officer.token);
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const fields = { name: payload, university: payload, levelOfStudies: payload.slice(0, 100), homeNmo: payload.slice(0, 100), homeCountry: payload.slice(0, 100), letterText: payload };
    expect((await api(test.url, "POST", `/api/public/offers/${offerId}/applications`, sampleApplicationBody("x@example.org", fields))).status).toBe(201);
    const [stored] = (await api(test.url, "GET", "/api/offer-form/applications", undefined, tutorToken)).json.applications as { fields: Record<string, string> }[];
    expect(stored!.fields).toMatchObject(fields);
  });

  it("serves files only to the offer's tutor, its officers and the applicant themself, as sandboxed downloads", async () => {
    const first = await publishedOffer(test.url, officer.token);
    const second = await publishedOffer(test.url, officer.token);
    const applyTo = async (offerId: string, email: string) => {
      const applied = await api(test.url, "POST", `/api/public/offers/${offerId}/applications`, sampleApplicationBody(email, { letterPdf: samplePdf(`letter of ${email}`).toString("base64") }));
      return { id: applied.json.applicationId as string, token: applied.json.applicantToken as string };
    };
    const alice = await applyTo(first.offerId, "alice@example.org");
    const bob = await applyTo(first.offerId, "bob@example.org");
    const carol = await applyTo(second.offerId, "carol@example.org");
    const file = (id: string, token: string) => api(test.url, "GET", `/api/applications/${id}/files/letter`, undefined, token);

    const download = await file(alice.id, first.tutorToken);
    expect(download.status).toBe(200);
    expect(download.text).toContain("letter of alice@example.org");
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename="motivation-letter-/);
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(download.headers.get("content-security-policy")).toContain("sandbox");
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect((await file(alice.id, officer.token)).status).toBe(200);
    expect((await file(alice.id, alice.token)).status).toBe(200);
    // An applicant's link does not open another applicant's files.
    expect((await file(bob.id, alice.token)).status).toBe(404);
    // A tutor reads neither another project's files nor its applicants.
    expect((await file(carol.id, first.tutorToken)).status).toBe(404);
    const call = await api(test.url, "POST", `/api/offer-form/applications/${carol.id}/call`, { slots: ["2099-01-01T10:00:00Z"] }, first.tutorToken);
    expect(call.status).toBe(404);
    const choice = await api(test.url, "POST", "/api/offer-form/choice", { applicationId: carol.id }, first.tutorToken);
    expect(choice.status).toBe(404);
    const own = (await api(test.url, "GET", "/api/offer-form/applications", undefined, first.tutorToken)).json.applications as { id: string }[];
    expect(own.map((a) => a.id).sort()).toEqual([alice.id, bob.id].sort());
    expect((await file(alice.id, "A".repeat(22))).status).toBe(404);
  });

  it("asks for a call with up to three slots, the applicant picks one, both get the same .ics; the tutor chooses", async () => {
    const { offerId, tutorToken } = await publishedOffer(test.url, officer.token);
    const applied = await api(test.url, "POST", `/api/public/offers/${offerId}/applications`, sampleApplicationBody("dana@example.org"));
    const [id, applicant] = [applied.json.applicationId as string, applied.json.applicantToken as string];
    const slots = ["2099-03-02T09:00:00.000Z", "2099-03-03T14:30:00.000Z", "2099-03-04T08:00:00.000Z"];
    expect((await api(test.url, "POST", `/api/offer-form/applications/${id}/call`, { slots: [...slots, "2099-03-05T08:00:00.000Z"] }, tutorToken)).status).toBe(400);
    expect((await api(test.url, "POST", `/api/offer-form/applications/${id}/call`, { slots }, tutorToken)).status).toBe(200);
    expect((await api(test.url, "GET", `/api/applications/${id}/call.ics`, undefined, tutorToken)).status).toBe(409);
    const mine = await api(test.url, "GET", "/api/application", undefined, applicant);
    expect((mine.json.application as { call: { slots: string[] } }).call.slots).toEqual(slots);
    expect((await api(test.url, "POST", "/api/application/call", { slot: "2099-03-09T09:00:00.000Z" }, applicant)).status).toBe(400);
    expect((await api(test.url, "POST", "/api/application/call", { slot: slots[1] }, applicant)).status).toBe(200);
    const forTutor = await api(test.url, "GET", `/api/applications/${id}/call.ics`, undefined, tutorToken);
    const forApplicant = await api(test.url, "GET", `/api/applications/${id}/call.ics`, undefined, applicant);
    expect(forTutor.text).toContain("DTSTART:20990303T143000Z");
    expect(forTutor.text).toContain("DTEND:20990303T150000Z");
    expect(forTutor.text.replace(/DTSTAMP:.*\r\n/, "")).toBe(forApplicant.text.replace(/DTSTAMP:.*\r\n/, ""));

    const chosen = await api(test.url, "POST", "/api/offer-form/choice", { applicationId: id }, tutorToken);
    expect(chosen.json.offer).toMatchObject({ state: "chosen", chosenApplicationId: id });
    expect((await api(test.url, "GET", "/api/application", undefined, applicant)).json.offer).toMatchObject({ chosen: true });
    expect((await api(test.url, "POST", "/api/offer-form/choice", { declineReason: "changed my mind" }, tutorToken)).status).toBe(409);
  });

  it("declines all with a reason, and deletes the unchosen applicants a set time after the choice", async () => {
    const declined = await publishedOffer(test.url, officer.token);
    expect((await api(test.url, "POST", "/api/offer-form/choice", { declineReason: "" }, declined.tutorToken)).status).toBe(400);
    const done = await api(test.url, "POST", "/api/offer-form/choice", { declineReason: "No applicant has the lab experience needed." }, declined.tutorToken);
    expect(done.json.offer).toMatchObject({ state: "declined", declineReason: "No applicant has the lab experience needed." });

    const { offerId, tutorToken } = await publishedOffer(test.url, officer.token);
    const ids: string[] = [];
    for (const email of ["e1@example.org", "e2@example.org", "e3@example.org"]) ids.push((await api(test.url, "POST", `/api/public/offers/${offerId}/applications`, sampleApplicationBody(email))).json.applicationId as string);
    await api(test.url, "POST", "/api/offer-form/choice", { applicationId: ids[1] }, tutorToken);
    const store = test.server.offers;
    expect(await deleteUnchosenApplicants(store, Date.now() + 29 * 86_400_000, 30)).toBe(0);
    expect(await deleteUnchosenApplicants(store, Date.now() + 31 * 86_400_000, 30)).toBeGreaterThanOrEqual(2);
    expect((await store.applicationsOf(offerId)).map((a) => a.id)).toEqual([ids[1]]);
    expect(await store.file(ids[0]!, "cv")).toBeNull();
  });

  it("lets the officer enter an application received another way, with the same checks", async () => {
    const { offerId, tutorToken } = await publishedOffer(test.url, officer.token);
    const body = sampleApplicationBody("paper@example.org", { cvPdf: undefined });
    const entered = await api(test.url, "POST", `/api/offers/${offerId}/applications`, body, officer.token);
    expect(entered.status).toBe(201);
    expect(entered.json.application).toMatchObject({ enteredBy: "officer", files: [] });
    expect((await api(test.url, "POST", `/api/offers/${offerId}/applications`, body, officer.token)).status).toBe(409);
    const notPdf = await api(test.url, "POST", `/api/offers/${offerId}/applications`, sampleApplicationBody("other@example.org", { cvPdf: Buffer.from("GIF89a").toString("base64") }), officer.token);
    expect(notPdf.json.error).toBe("not-pdf");
    expect((await api(test.url, "POST", `/api/offers/${offerId}/applications`, body, tutorToken)).status).toBe(401);
    const list = (await api(test.url, "GET", "/api/offer-form/applications", undefined, tutorToken)).json.applications as { fields: { email: string } }[];
    expect(list.map((a) => a.fields.email)).toEqual(["paper@example.org"]);
  });

  it("limits applications per client address, as the trusted proxy names it", async () => {
    const limited = await startTestServer({ limits: { applicationsPerHourPerAddress: 2 }, trustProxy: parseTrustProxy("loopback") });
    try {
      const owner = await redeem(limited.url, limited.setupToken, { name: "O", committeeName: "LC" });
      const { offerId } = await publishedOffer(limited.url, owner.token);
      const applyFrom = async (address: string, email: string) =>
        (
          await fetch(`${limited.url}/api/public/offers/${offerId}/applications`, {
            method: "POST",
            headers: { "Content-Type": "application/json", "X-Forwarded-For": address },
            body: JSON.stringify(sampleApplicationBody(email)),
          })
        ).status;
      const statuses = [await applyFrom("203.0.113.7", "r1@example.org"), await applyFrom("203.0.113.7", "r2@example.org"), await applyFrom("203.0.113.7", "r3@example.org")];
      expect(statuses).toEqual([201, 201, 429]);
      // Another client behind the same proxy has a budget of its own.
      expect(await applyFrom("198.51.100.9", "r4@example.org")).toBe(201);
    } finally {
      await limited.close();
    }
  });
});
