// GET /api/me/exchange: the details of the asking person's exchange for its logbook's cover and
// project page (src/logbook/exchange-details.ts). Only the exchange's own people get it: it
// names the student's university and the contact person's phone.
import type { ExchangeDetails } from "../../../src/logbook/exchange-details";
import { bearerSession, type ApiContext } from "./context";
import { forbidden, notFound, sendJson } from "./json";

export function readExchangeDetails(context: ApiContext): void {
  const person = bearerSession(context).person;
  if (person.exchangeId === null || person.role === "officer") throw forbidden();
  const exchange = context.registry.exchange(person.exchangeId);
  if (!exchange) throw notFound();
  const { form } = exchange;
  const details: ExchangeDetails = {
    exchangeId: exchange.id,
    committeeName: context.registry.committeeName(exchange.committeeId) ?? "",
    hostInstitution: form.hostInstitution,
    department: form.department,
    description: form.description,
    preparationPapers: form.preparationPapers.map((paper) => ({ ...paper })),
    videoCallFirst: form.videoCallFirst,
    student: { levelOfStudies: form.student.levelOfStudies, university: form.student.university, homeNmo: form.student.homeNmo, homeCountry: form.student.homeCountry },
    contact: { ...form.contact },
    officers: context.registry.officersOf(exchange.committeeId),
  };
  sendJson(context.response, 200, details);
}
