// GET /api/summary: the officer's dashboard, one row per exchange of their committee, computed
// from the stored student and tutor documents. This is the one place the server reads document
// content: on demand, from what storage committed (every update there passed the update guard),
// into a throw-away Y.Doc per document, never on the sync hot path.
import { readStudentLogbook } from "../../../src/logbook/student-document";
import { readTutorDocument } from "../../../src/review/tutor-document";
import { todayIso } from "../../../src/logbook/rules/calendar";
import { dashboardRow, type DashboardRow, type DashboardSummary } from "../../../src/exchanges/dashboard-row";
import { documentName, exchangeDocumentKinds } from "../auth/roles";
import type { StoredExchange } from "../auth/registry";
import { readStoredDocument } from "./stored-document";
import { officerSession, type ApiContext } from "./context";
import { sendJson } from "./json";

export async function summarizeExchange(
  context: Pick<ApiContext, "registry" | "storage" | "activity" | "evaluations">,
  exchange: StoredExchange,
  today: string,
): Promise<DashboardRow> {
  const student = await readStoredDocument(context.storage, documentName({ kind: "student", exchangeId: exchange.id }), readStudentLogbook);
  const tutor = await readStoredDocument(context.storage, documentName({ kind: "tutor", exchangeId: exchange.id }), readTutorDocument);
  const joined = { student: false, tutor: false, contact: false };
  for (const person of context.registry.peopleOf(exchange.id)) {
    if (person.role in joined) joined[person.role as keyof typeof joined] = context.registry.sessionsOf(person.id).length > 0;
  }
  return dashboardRow({
    exchangeId: exchange.id,
    form: exchange.form,
    cancelledReason: exchange.cancelledReason,
    student,
    tutor,
    lastSyncAt: context.activity.lastUpdateAt(exchangeDocumentKinds.map((kind) => documentName({ kind, exchangeId: exchange.id }))),
    signatures: await context.evaluations.dashboardSignatures(exchange),
    joined,
    today,
  });
}

export async function readSummary(context: ApiContext): Promise<void> {
  const officer = officerSession(context);
  const today = todayIso(new Date());
  const rows: DashboardRow[] = [];
  // One exchange at a time keeps at most two documents in memory, however big the committee.
  for (const exchange of context.registry.exchangesOf(officer.person.committeeId)) rows.push(await summarizeExchange(context, exchange, today));
  const summary: DashboardSummary = { generatedAt: Date.now(), today, rows };
  sendJson(context.response, 200, summary);
}
