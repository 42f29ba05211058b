// GET /api/summary: the officer's dashboard, one row per exchange of their committee, computed
// from the stored student and tutor documents. This is the one place the server reads document
// content: on demand, from what storage committed (every update there passed the update guard),
// into a throw-away Y.Doc per document, never on the sync hot path.
import * as Y from "yjs";
import { readStudentLogbook } from "../../../src/logbook/student-document";
import { readTutorDocument } from "../../../src/review/tutor-document";
import { todayIso } from "../../../src/logbook/rules/calendar";
import { dashboardRow, type DashboardRow, type DashboardSummary } from "../../../src/exchanges/dashboard-row";
import { documentName, exchangeDocumentKinds } from "../auth/roles";
import type { StoredExchange } from "../auth/registry";
import type { DocStorage } from "../storage/doc-storage";
import { officerSession, type ApiContext } from "./context";
import { sendJson } from "./json";
import { noSignaturesYet, type SignatureLookup } from "./signatures";

async function loadDocument(storage: DocStorage, name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const updates = await storage.load(name);
  if (updates.length > 0) Y.applyUpdate(doc, updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates));
  return doc;
}

export async function summarizeExchange(
  context: Pick<ApiContext, "registry" | "storage" | "activity">,
  exchange: StoredExchange,
  today: string,
  signatures: SignatureLookup = noSignaturesYet,
): Promise<DashboardRow> {
  const studentDoc = await loadDocument(context.storage, documentName({ kind: "student", exchangeId: exchange.id }));
  const tutorDoc = await loadDocument(context.storage, documentName({ kind: "tutor", exchangeId: exchange.id }));
  try {
    const joined = { student: false, tutor: false, contact: false };
    for (const person of context.registry.peopleOf(exchange.id)) {
      if (person.role in joined) joined[person.role as keyof typeof joined] = context.registry.sessionsOf(person.id).length > 0;
    }
    return dashboardRow({
      exchangeId: exchange.id,
      form: exchange.form,
      cancelledReason: exchange.cancelledReason,
      student: readStudentLogbook(studentDoc),
      tutor: readTutorDocument(tutorDoc),
      lastSyncAt: context.activity.lastUpdateAt(exchangeDocumentKinds.map((kind) => documentName({ kind, exchangeId: exchange.id }))),
      signatures: signatures.signaturesOf(exchange.id),
      joined,
      today,
    });
  } finally {
    studentDoc.destroy();
    tutorDoc.destroy();
  }
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
