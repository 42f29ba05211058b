// GET /api/summary: the officer's dashboard, one row per exchange of their committee, computed
// from the stored student and tutor documents, read on demand and never on the sync hot path
// (stored-document.ts). An exchange whose documents cannot be read is listed in `problems`
// instead of taking the whole committee's dashboard down, and a large document still being read
// answers from its previous reading, so the dashboard does not wait for it.
import { todayIso } from "../../../src/logbook/rules/calendar";
import { dashboardRow, type DashboardProblem, type DashboardRow, type DashboardSummary } from "../../../src/exchanges/dashboard-row";
import { checklistProgress } from "../../../src/program/arrival-document";
import { documentName, exchangeDocumentKinds } from "../auth/roles";
import type { StoredExchange } from "../auth/registry";
import { ContentUnavailable } from "./stored-document";
import { officerSession, type ApiContext } from "./context";
import { sendJson } from "./json";

/** How long the dashboard waits for any one document before it answers from the previous reading. */
const summaryReadWaitMs = 250;

export async function summarizeExchange(
  context: Pick<ApiContext, "registry" | "content" | "activity" | "evaluations">,
  exchange: StoredExchange,
  today: string,
): Promise<DashboardRow> {
  const waitMs = summaryReadWaitMs;
  const [student, tutor, arrival] = await Promise.all([
    context.content.read(documentName({ kind: "student", exchangeId: exchange.id }), "student-logbook", { waitMs }),
    context.content.read(documentName({ kind: "tutor", exchangeId: exchange.id }), "tutor-document", { waitMs }),
    context.content.read(documentName({ kind: "arrival", exchangeId: exchange.id }), "arrival", { waitMs }),
  ]);
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
    signatures: await context.evaluations.dashboardSignatures(exchange, { waitMs }),
    joined,
    checklist: checklistProgress(arrival),
    today,
  });
}

export async function readSummary(context: ApiContext): Promise<void> {
  const officer = officerSession(context);
  const today = todayIso(new Date());
  const rows: DashboardRow[] = [];
  const problems: DashboardProblem[] = [];
  // One exchange at a time keeps at most three documents in memory, however big the committee.
  for (const exchange of context.registry.exchangesOf(officer.person.committeeId)) {
    try {
      rows.push(await summarizeExchange(context, exchange, today));
    } catch (error) {
      if (!(error instanceof ContentUnavailable)) throw error;
      problems.push({ exchangeId: exchange.id, projectTitle: exchange.form.projectTitle, error: `document-${error.reason}`, message: error.message });
    }
  }
  const summary: DashboardSummary = { generatedAt: Date.now(), today, rows, ...(problems.length > 0 ? { problems } : {}) };
  sendJson(context.response, 200, summary);
}
