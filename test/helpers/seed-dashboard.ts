// Twelve exchanges of one committee in the states an officer meets on a real dashboard, dated
// around today (the server counts on its own clock): running well, silent for days, an appraisal
// overdue, nobody joined a few days before arrival, finished and unsigned, signed by one, sealed,
// cancelled. Written the way the people's devices write them, through the API and the sync socket.
import { addDays, todayIso, workingDays } from "../../src/logbook/rules/calendar";
import { appraisalSchedule } from "../../src/logbook/rules/appraisals";
import { createExchange, redeem, redeemSigner, tokenFromLink, type Joined, type ProvisionedExchange } from "./provision";
import { finalSpecs, writeDocument, writeFinalPart, writeStudentLogbook, writeTutorDocument, type StudentSeed } from "./seed-logbook";
import { completeEvaluationTexts, evaluationStatus, fillAndSign, submitSignature } from "./seal-evaluation";

export interface SeededDashboard {
  today: string;
  /** Student names by what the seed made of them. */
  names: Record<SeedCase, string>;
}

export type SeedCase =
  | "runningWell"
  | "silent"
  | "appraisalOverdue"
  | "notJoinedSoon"
  | "farAhead"
  | "finishedUnsigned"
  | "sealed"
  | "signedByStudent"
  | "cancelled"
  | "mixedAttendance"
  | "readySoon"
  | "contactMissing";

const names: Record<SeedCase, string> = {
  runningWell: "Ana Alves",
  silent: "Bruno Brandt",
  appraisalOverdue: "Chloé Charbonneau",
  notJoinedSoon: "Dmitri Dobrev",
  farAhead: "Emma Eriksen",
  finishedUnsigned: "Farah Fathi",
  sealed: "Giulia Greco",
  signedByStudent: "Hana Horvat",
  cancelled: "Ines Ibáñez",
  mixedAttendance: "Jonas Jansen",
  readySoon: "Kofi Kwarteng",
  contactMissing: "Lea Lindqvist",
};

const logged = (dates: string[]): StudentSeed["days"] => dates.map((date) => ({ date, hours: 7, texts: { activities: "Ward round and data entry" } }));

async function post(baseUrl: string, path: string, token: string, body: unknown): Promise<void> {
  const response = await fetch(`${baseUrl}${path}`, { method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

export async function seedDashboard(baseUrl: string, officerToken: string): Promise<SeededDashboard> {
  const today = todayIso(new Date());
  const create = (which: SeedCase, start: number, days: number, extra: Record<string, unknown> = {}) =>
    createExchange(baseUrl, officerToken, {
      projectTitle: `Project of ${names[which].split(" ")[0]}`,
      student: { name: names[which], email: `${which.toLowerCase()}@example.org`, levelOfStudies: "5th year", university: "Uni", homeNmo: "IFMSA-Brazil", homeCountry: "Brazil" },
      tutor: { name: `Dr. Tutor of ${names[which].split(" ")[0]}`, email: `tutor.${which.toLowerCase()}@example.org` },
      startDate: addDays(today, start),
      endDate: addDays(today, start + days - 1),
      ...extra,
    });
  const join = (exchange: ProvisionedExchange, roles: ("student" | "tutor" | "contact")[]) => Promise.all(roles.map((role) => redeem(baseUrl, tokenFromLink(exchange.invites[role]))));
  const student = (exchange: ProvisionedExchange, who: Joined, seed: StudentSeed) => writeDocument(baseUrl, `exchange/${exchange.exchangeId}/student`, who.token, (doc) => writeStudentLogbook(doc, seed));
  const upTo = (startOffset: number, last: string) => workingDays(addDays(today, startOffset), last);

  // Running well: 20 days in, every working day logged and present, the mid appraisal done by both.
  {
    const exchange = await create("runningWell", -20, 42);
    const [s, t] = await join(exchange, ["student", "tutor", "contact"]);
    const days = upTo(-20, addDays(today, -1));
    const due = appraisalSchedule(addDays(today, -20), addDays(today, 21)).filter((a) => a.dueDate < today);
    await student(exchange, s!, { days: logged(days), attendance: days.map((date) => ({ date, status: "present" })), appraisals: due.map((a) => ({ id: a.id, self: "Going well." })) });
    await writeDocument(baseUrl, `exchange/${exchange.exchangeId}/tutor`, t!.token, (doc) =>
      writeTutorDocument(doc, { confirmedWeeks: [{ week: 1 }, { week: 2 }], appraisals: Object.fromEntries(due.map((a) => [a.id, "Careful and curious."])) }),
    );
  }
  // Silent: logged the first week, nothing for the last working days.
  {
    const exchange = await create("silent", -14, 35);
    const [s] = await join(exchange, ["student", "tutor", "contact"]);
    await student(exchange, s!, { days: logged(upTo(-14, addDays(today, -8))) });
  }
  // An appraisal overdue: 22 days into a 28-day exchange, days logged, the mid appraisal not written.
  {
    const exchange = await create("appraisalOverdue", -22, 28);
    const [s] = await join(exchange, ["student", "tutor", "contact"]);
    const days = upTo(-22, addDays(today, -1));
    await student(exchange, s!, { days: logged(days), attendance: days.map((date) => ({ date, status: "present" })) });
  }
  // Arriving in three days, and nobody has opened their link.
  await create("notJoinedSoon", 3, 28);
  // A month ahead: nobody joined yet, and that is fine.
  await create("farAhead", 30, 56, { kind: "professional" });
  // Finished five days ago, everything logged, the evaluation not signed.
  {
    const exchange = await create("finishedUnsigned", -33, 28);
    const [s, t] = await join(exchange, ["student", "tutor", "contact"]);
    const start = addDays(today, -33);
    const end = addDays(today, -6);
    const days = workingDays(start, end);
    const appraisals = appraisalSchedule(start, end);
    await student(exchange, s!, { days: logged(days), attendance: days.map((date) => ({ date, status: "present" })), appraisals: appraisals.map((a) => ({ id: a.id, self: "Done." })) });
    await writeDocument(baseUrl, `exchange/${exchange.exchangeId}/tutor`, t!.token, (doc) =>
      writeTutorDocument(doc, { confirmedWeeks: [1, 2, 3, 4].map((week) => ({ week })), appraisals: Object.fromEntries(appraisals.map((a) => [a.id, "Good."])) }),
    );
  }
  // Finished and sealed; finished and signed by the student only.
  for (const which of ["sealed", "signedByStudent"] as const) {
    const exchange = await create(which, which === "sealed" ? -40 : -35, 28);
    const s = await redeemSigner(baseUrl, tokenFromLink(exchange.invites.student));
    const t = await redeemSigner(baseUrl, tokenFromLink(exchange.invites.tutor));
    await redeem(baseUrl, tokenFromLink(exchange.invites.contact));
    const start = addDays(today, which === "sealed" ? -40 : -35);
    const end = addDays(start, 27);
    const days = workingDays(start, end);
    const appraisals = appraisalSchedule(start, end);
    await student(exchange, s, { days: logged(days), attendance: days.map((date) => ({ date, status: "present" })), appraisals: appraisals.map((a) => ({ id: a.id, self: "Done." })) });
    await writeDocument(baseUrl, `exchange/${exchange.exchangeId}/tutor`, t.token, (doc) =>
      writeTutorDocument(doc, { confirmedWeeks: [1, 2, 3, 4].map((week) => ({ week })), appraisals: Object.fromEntries(appraisals.map((a) => [a.id, "Good."])) }),
    );
    if (which === "sealed") await fillAndSign(baseUrl, exchange.exchangeId, s, t);
    else {
      await writeDocument(baseUrl, `exchange/${exchange.exchangeId}/student-final`, s.token, (doc) => writeFinalPart(doc, finalSpecs.student, 5, completeEvaluationTexts.student));
      await writeDocument(baseUrl, `exchange/${exchange.exchangeId}/tutor-final`, t.token, (doc) => writeFinalPart(doc, finalSpecs.tutor, 4, completeEvaluationTexts.tutor));
      const { currentHash } = await evaluationStatus(baseUrl, exchange.exchangeId, s.token);
      const answer = await submitSignature(baseUrl, exchange.exchangeId, s, currentHash);
      if (answer.status >= 300) throw new Error(`student's signature refused: ${answer.status} ${JSON.stringify(answer.json)}`);
    }
  }
  // Cancelled before it began.
  {
    const exchange = await create("cancelled", 10, 28);
    await post(baseUrl, `/api/exchanges/${exchange.exchangeId}/cancel`, officerToken, { reason: "Visa refused" });
  }
  // Mixed attendance: present, absent, excused and two days not declared.
  {
    const exchange = await create("mixedAttendance", -12, 42, { kind: "professional" });
    const [s] = await join(exchange, ["student", "tutor", "contact"]);
    const days = upTo(-12, addDays(today, -1));
    const statuses = ["present", "present", "absent", "present", "excused", "present"] as const;
    await student(exchange, s!, {
      days: logged(days),
      attendance: days.slice(0, -2).map((date, index) => ({ date, status: statuses[index % statuses.length]!, reason: "Fever" })),
    });
  }
  // Arriving in five days, everyone has joined.
  await join(await create("readySoon", 5, 28), ["student", "tutor", "contact"]);
  // Running, but the contact person never joined.
  {
    const exchange = await create("contactMissing", -3, 28);
    const [s] = await join(exchange, ["student", "tutor"]);
    await student(exchange, s!, { days: logged(upTo(-3, addDays(today, -1))) });
  }
  return { today, names };
}
