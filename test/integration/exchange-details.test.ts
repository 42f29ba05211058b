// GET /api/me/exchange: the contact person gets how to reach their student, the tutor does not,
// and an officer (who has the whole form) is refused as before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/in-process-server";
import { provisionExchange } from "../helpers/provision";
import type { ExchangeDetails } from "../../src/logbook/exchange-details";

describe("the exchange's details for its own people", () => {
  let test: TestServer;
  let people: Awaited<ReturnType<typeof provisionExchange>>;
  const details = async (token: string) => {
    const response = await fetch(`${test.url}/api/me/exchange`, { headers: { Authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as ExchangeDetails };
  };

  beforeAll(async () => {
    test = await startTestServer();
    people = await provisionExchange(test.url, test.setupToken);
  });
  afterAll(async () => {
    await test.close();
  });

  it("tells the contact person and the student how to reach the student, with the contact person's details", async () => {
    for (const who of [people.contact, people.student]) {
      const { status, body } = await details(who.token);
      expect(status).toBe(200);
      expect(body.studentContact).toEqual({ name: "Sam Student", email: "sam@example.org", phone: "" });
      expect(body.contact).toEqual({ name: "Chris Contact", email: "chris@example.org", phone: "+32 470 12 34 56" });
    }
  });

  it("does not give the tutor the student's own contact data, and refuses an officer", async () => {
    const tutor = await details(people.tutor.token);
    expect(tutor.status).toBe(200);
    expect(tutor.body.studentContact).toBeUndefined();
    expect((await details(people.officer.token)).status).toBe(403);
  });
});
