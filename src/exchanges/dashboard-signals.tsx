// The dashboard's signals, drawn small so an officer can look rather than read: each has its
// text for screen readers (an accessible name), and the drawing itself is hidden from them.
// The table (laptop) and the cards (phone) show the same ones.
import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import type { DashboardRow } from "./dashboard-row";
import { evaluationState, joinRoles, type AttentionReason, type JoinRole } from "./dashboard-attention";

const roleKeys: Record<JoinRole, MessageKey> = { student: "exchanges.role.student", tutor: "exchanges.role.tutor", contact: "exchanges.role.contact" };
const initialKeys: Record<JoinRole, MessageKey> = { student: "dashboard.joinedInitial.student", tutor: "dashboard.joinedInitial.tutor", contact: "dashboard.joinedInitial.contact" };

/** One attention reason as the officer reads it; the CSV uses the same words. */
export function useAttentionText(): (reason: AttentionReason) => string {
  const { t, locale } = useI18n();
  return (reason) => {
    switch (reason.kind) {
      case "notJoined":
        return t("dashboard.attention.notJoined", { who: new Intl.ListFormat(locale(), { type: "conjunction" }).format(reason.who.map((role) => t(roleKeys[role]))) });
      case "quiet":
        return t("dashboard.attention.quiet", { count: reason.days });
      case "appraisalOverdue":
        return t("dashboard.attention.appraisalOverdue", { count: reason.count });
      case "evaluationUnsigned":
        return t("dashboard.attention.evaluationUnsigned");
    }
  };
}

export function AttentionList(props: { reasons: AttentionReason[] }) {
  const { t } = useI18n();
  const text = useAttentionText();
  return (
    <Show when={props.reasons.length > 0} fallback={<span class="sub">{t("dashboard.attention.none")}</span>}>
      <ul class="attention">
        <For each={props.reasons}>{(reason) => <li>{text(reason)}</li>}</For>
      </ul>
    </Show>
  );
}

export function DaysBar(props: { row: DashboardRow }) {
  const { t } = useI18n();
  return (
    <span class="signal">
      <progress class="days-bar" max={Math.max(props.row.daysExpected, 1)} value={props.row.daysLogged} aria-label={t("dashboard.daysBar", { logged: props.row.daysLogged, expected: props.row.daysExpected })} />
      <span class="figure" aria-hidden="true">
        {t("dashboard.fraction", { done: props.row.daysLogged, of: props.row.daysExpected })}
      </span>
    </span>
  );
}

const attendanceParts = ["present", "absent", "excused", "undeclared"] as const;

export function AttendanceBar(props: { row: DashboardRow }) {
  const { t } = useI18n();
  const due = () => {
    const totals = props.row.attendance;
    return totals.present + totals.absent + totals.excused + totals.undeclared;
  };
  return (
    <Show when={due() > 0} fallback={<span class="sub">{t("dashboard.attendanceNoneYet")}</span>}>
      <span class="stack" role="img" aria-label={t("dashboard.attendanceBar", { ...props.row.attendance })}>
        <For each={attendanceParts}>
          {(part) => (
            <Show when={props.row.attendance[part] > 0}>
              <span class={`segment ${part}`} style={{ "flex-grow": String(props.row.attendance[part]) }} />
            </Show>
          )}
        </For>
      </span>
    </Show>
  );
}

/** Done/due as a row of small marks: filled for done, hollow for due and not done; nothing drawn while nothing is due. */
function Marks(props: { label: string; none: string; short: string; done: number; due: number }) {
  const marks = () => {
    const done = props.done;
    return Array.from({ length: props.due }, (_, index) => index < done);
  };
  return (
    <Show when={props.due > 0} fallback={<span class="visually-hidden">{props.none}</span>}>
    <span class="marks" role="img" aria-label={props.label}>
      <span class="marks-name" aria-hidden="true">
        {props.short}
      </span>
      <For each={marks()}>{(done) => <span class={done ? "mark done" : "mark due"} aria-hidden="true" />}</For>
    </span>
    </Show>
  );
}

export function AppraisalMarks(props: { row: DashboardRow }) {
  const { t } = useI18n();
  return (
    <Marks
      label={t("dashboard.appraisalMarks", { done: props.row.appraisalsDone, due: props.row.appraisalsDue })}
      none={t("dashboard.appraisalsNoneDue")}
      short={t("dashboard.appraisalsShort")}
      done={props.row.appraisalsDone}
      due={props.row.appraisalsDue}
    />
  );
}

export function WeekMarks(props: { row: DashboardRow }) {
  const { t } = useI18n();
  return (
    <Marks
      label={t("dashboard.weekMarks", { confirmed: props.row.weeksConfirmed, weeks: props.row.weeksStarted })}
      none={t("dashboard.weeksNoneBegun")}
      short={t("dashboard.weeksShort")}
      done={props.row.weeksConfirmed}
      due={props.row.weeksStarted}
    />
  );
}

export function EvaluationBadge(props: { row: DashboardRow }) {
  const { t } = useI18n();
  const state = () => evaluationState(props.row);
  return (
    <span class={`badge evaluation ${state()}`}>
      {state() === "sealed" ? t("dashboard.evaluation.sealed") : state() === "signedByOne" ? t(props.row.signatures.signedBy[0] === "tutor" ? "dashboard.evaluation.signedByTutor" : "dashboard.evaluation.signedByStudent") : t("dashboard.evaluation.notStarted")}
    </span>
  );
}

export function JoinedMarks(props: { row: DashboardRow }) {
  const { t } = useI18n();
  return (
    <span class="joined">
      <For each={joinRoles}>
        {(role) => (
          <span
            class={props.row.joined[role] ? "person joined-yes" : "person joined-no"}
            role="img"
            aria-label={t(props.row.joined[role] ? "dashboard.joined.yes" : "dashboard.joined.no", { role: t(roleKeys[role]) })}
            title={t(props.row.joined[role] ? "dashboard.joined.yes" : "dashboard.joined.no", { role: t(roleKeys[role]) })}
          >
            <span aria-hidden="true">{t(initialKeys[role])}</span>
          </span>
        )}
      </For>
    </span>
  );
}
