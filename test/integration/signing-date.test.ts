// Signing waits for the last working day: an evaluation signed in the middle of the exchange
// would seal attendance with the days still to come counted as missed. The server refuses such
// a signature, so no device can seal early, and accepts it once the last working day has come.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/in-process-server";
import { createExchange, redeem, redeemSigner, tokenFromLink, type Joined } from "../helpers/provision";
import { evaluationStatus, fillAndSign } from "../helpers/seal-evaluation";
import { addDays, todayIso, workingDays } from "../../src/logbook/rules/calendar";

describe("signing the final evaluation before the exchange's last working day", () => {
  let test: TestServer;
  let officer: Joined;

  beforeAll(async () => {
    test = await startTestServer();
    officer = await redeem(test.url, test.setupToken, { name: "Olivia Officer", committeeName: "Test LC" });
  });
  afterAll(async () => {
    await test.close();
  });

  const signers = async (startDate: string, endDate: string) => {
    const exchange = await createExchange(test.url, officer.token, { startDate, endDate });
    return {
      exchangeId: exchange.exchangeId,
      student: await redeemSigner(test.url, tokenFromLink(exchange.invites.student)),
      tutor: await redeemSigner(test.url, tokenFromLink(exchange.invites.tutor)),
    };
  };

  it("is refused with the date signing opens, and nothing is sealed", async () => {
    // Ten days to go, so that no time zone on Earth has reached the last day yet.
    const endDate = addDays(todayIso(new Date()), 10);
    const { exchangeId, student, tutor } = await signers(addDays(endDate, -27), endDate);
    const { byStudent, byTutor } = await fillAndSign(test.url, exchangeId, student, tutor);
    expect(byStudent.status).toBe(409);
    expect(byStudent.json).toMatchObject({ error: "too-early", opensOn: workingDays(addDays(endDate, -27), endDate).at(-1) });
    expect(String(byStudent.json.message)).toContain("last working day");
    expect(byTutor.status).toBe(409);
    const status = await evaluationStatus(test.url, exchangeId, officer.token);
    expect(status.sealed).toBeNull();
    expect(status.signatures).toEqual([]);
  });

  it("seals from the last working day on", async () => {
    // A Monday-to-Sunday exchange that ended yesterday or earlier this week still seals.
    const endDate = addDays(todayIso(new Date()), -1);
    const { exchangeId, student, tutor } = await signers(addDays(endDate, -27), endDate);
    const { byStudent, byTutor } = await fillAndSign(test.url, exchangeId, student, tutor);
    expect([byStudent.status, byTutor.status]).toEqual([200, 200]);
    expect((await evaluationStatus(test.url, exchangeId, officer.token)).sealed).not.toBeNull();
  });
});
