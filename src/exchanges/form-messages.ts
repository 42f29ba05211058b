// What the officer reads at a field the form or the server refused: a message per problem, and
// for a missing value, one that names the field ("Enter the tutor's name").
import type { MessageKey } from "../app/i18n/locales";
import type { MessageParams } from "../app/i18n/format";
import { maxExchangeDays, minExchangeDays, periodDays, type ExchangeForm, type FieldProblem } from "./exchange-form";

type Translate = (key: MessageKey, params?: MessageParams) => string;

const requiredMessages: Record<string, MessageKey> = {
  projectTitle: "exchangeForm.required.projectTitle",
  hostInstitution: "exchangeForm.required.hostInstitution",
  "tutor.name": "exchangeForm.required.tutorName",
  "tutor.email": "exchangeForm.required.tutorEmail",
  "student.name": "exchangeForm.required.studentName",
  "student.email": "exchangeForm.required.studentEmail",
  "contact.name": "exchangeForm.required.contactName",
  "contact.email": "exchangeForm.required.contactEmail",
  startDate: "exchangeForm.required.startDate",
  endDate: "exchangeForm.required.endDate",
};

const problemMessages: Record<Exclude<FieldProblem, "required" | "periodLength">, MessageKey> = {
  email: "exchangeForm.problem.email",
  phone: "exchangeForm.problem.phone",
  date: "exchangeForm.problem.date",
  dateOrder: "exchangeForm.problem.dateOrder",
  url: "exchangeForm.problem.url",
  tooLong: "exchangeForm.problem.tooLong",
  kind: "exchangeForm.problem.kind",
};

export function problemMessage(t: Translate, path: string, problem: FieldProblem, form: ExchangeForm): string {
  if (problem === "required") {
    if (/^preparationPapers\.\d+\.title$/.test(path)) return t("exchangeForm.required.paperTitle");
    return t(requiredMessages[path] ?? "exchangeForm.required.other");
  }
  if (problem === "periodLength") {
    return t("exchangeForm.problem.periodLength", { min: minExchangeDays, max: maxExchangeDays, days: periodDays(form.startDate, form.endDate) ?? 0 });
  }
  return t(problemMessages[problem]);
}

/** The id of a field's input, from its path in the form ("tutor.email" → "xf-tutor-email"). */
export const fieldId = (path: string) => `xf-${path.replaceAll(".", "-")}`;

export function emptyExchangeForm(): ExchangeForm {
  return {
    kind: "research",
    projectTitle: "",
    department: "",
    hostInstitution: "",
    tutor: { name: "", email: "" },
    description: "",
    requirements: "",
    preparationPapers: [],
    videoCallFirst: false,
    student: { name: "", email: "", levelOfStudies: "", university: "", homeNmo: "", homeCountry: "" },
    startDate: "",
    endDate: "",
    contact: { name: "", email: "", phone: "" },
  };
}
