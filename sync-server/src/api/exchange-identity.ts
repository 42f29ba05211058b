// What identifies an exchange to its people and on its signed evaluation. One function, so the
// devices (which get it from /api/me) and the server's evaluation always agree on it.
import type { ExchangeIdentity } from "../../../src/evaluation/evaluation-content";
import type { StoredExchange } from "../auth/registry";

export const exchangeIdentityOf = (exchange: StoredExchange): ExchangeIdentity => ({
  id: exchange.id,
  kind: exchange.form.kind,
  projectTitle: exchange.form.projectTitle,
  studentName: exchange.form.student.name,
  tutorName: exchange.form.tutor.name,
  startDate: exchange.form.startDate,
  endDate: exchange.form.endDate,
});
