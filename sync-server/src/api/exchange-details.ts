// GET /api/me/exchange: the details of the asking person's exchange for its logbook's cover and
// project page (src/logbook/exchange-details.ts). Only the exchange's own people get it: it
// names the student's university and the contact person's phone, and to the contact person
// (and the student) how to reach the student.
import type { ExchangeDetails } from "../../../src/logbook/exchange-details";
import type { ExchangeForm } from "../../../src/exchanges/exchange-form";
import { bearerSession, type ApiContext } from "./context";
import { forbidden, notFound, sendJson } from "./json";

// The form may carry the student's phone (forms written later do); an older form has none.
function studentContactOf(form: ExchangeForm): NonNullable<ExchangeDetails["studentContact"]> {
  const phone = (form.student as { phone?: unknown }).phone;
  return { name: form.student.name, email: form.student.email, phone: typeof phone === "string" ? phone : "" };
}

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
    requirements: form.requirements,
    preparationPapers: form.preparationPapers.map((paper) => ({ ...paper })),
    videoCallFirst: form.videoCallFirst,
    student: { levelOfStudies: form.student.levelOfStudies, university: form.student.university, homeNmo: form.student.homeNmo, homeCountry: form.student.homeCountry },
    contact: { ...form.contact },
    officers: context.registry.officersOf(exchange.committeeId),
    ...(person.role === "contact" || person.role === "student" ? { studentContact: studentContactOf(form) } : {}),
  };
  sendJson(context.response, 200, details);
}
