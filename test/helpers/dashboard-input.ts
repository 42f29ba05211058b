// What the server hands `dashboardRow` for one exchange, with a 28-day exchange starting on a
// Monday, nothing written yet and everyone but the contact person joined; tests change what they need.
import type { DashboardInput } from "../../src/exchanges/dashboard-row";
import type { ExchangeForm } from "../../src/exchanges/exchange-form";
import { exchangeForm } from "./provision";

export const dashboardForm = { ...exchangeForm(), startDate: "2026-07-06", endDate: "2026-08-02" } as ExchangeForm;

export function dashboardInput(fields: Partial<DashboardInput>): DashboardInput {
  return {
    exchangeId: "x",
    form: dashboardForm,
    cancelledReason: null,
    student: { cover: {}, expectations: "", days: {}, attendance: {}, appraisals: {} },
    tutor: { projectDescription: "", extraSkills: [], comments: {}, attendanceConfirmations: {}, appraisals: {} },
    lastSyncAt: null,
    signatures: { signedBy: [], certificateReady: false },
    joined: { student: true, tutor: true, contact: false },
    checklist: { done: 0, total: 5 },
    today: "2026-07-22",
    ...fields,
  };
}
