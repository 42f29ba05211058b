import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { appraisalStatus } from "../logbook/rules/appraisals";
import { useEvaluationOverview } from "../evaluation/evaluation-overview";
import { useTutorScreen } from "./tutor-context";
import { tutorAppraisalDue, tutorAppraisalsDone } from "./tutor-attention";

/** What needs the tutor, before the logbook: new days, weeks to confirm, the appraisal due, the final evaluation. */
export function TutorSummary(props: { since: number | null; newDays: readonly string[]; awaiting: readonly number[] }) {
  const { t, formatDate, formatTime } = useI18n();
  const screen = useTutorScreen();
  const due = () => tutorAppraisalDue(screen.appraisals, screen.review.data, screen.today());
  const evaluation = useEvaluationOverview(screen.session, screen.today);
  return (
    <section class="card tutor-summary" aria-labelledby="tutor-summary-heading">
      <h2 id="tutor-summary-heading">{t("tutor.summary.title")}</h2>
      <ul>
        <li>
          <Show
            when={props.since !== null}
            fallback={t("tutor.summary.writtenSoFar", { count: props.newDays.length })}
          >
            {t("tutor.summary.newSince", { count: props.newDays.length, since: formatTime(props.since ?? 0, "dateTimeShort") })}
          </Show>
          <Show when={props.since !== null && props.newDays.length > 0}>
            {" "}
            <span class="summary-links">
              <For each={props.newDays}>
                {(date, index) => (
                  <>
                    {index() > 0 ? ", " : ""}
                    <a href={`#entry-${date}`}>{formatDate(date, "dayShort")}</a>
                  </>
                )}
              </For>
            </span>
          </Show>
        </li>
        <li>
          <Show when={props.awaiting.length > 0} fallback={t("tutor.summary.noWeeksWaiting")}>
            {t("tutor.summary.weeksWaiting", { count: props.awaiting.length })}{" "}
            <For each={props.awaiting}>
              {(week, index) => (
                <>
                  {index() > 0 ? ", " : ""}
                  <a href={`#week-${week}-details`}>{t("tutor.summary.week", { week })}</a>
                </>
              )}
            </For>
          </Show>
        </li>
        <li>
          <Show when={due()} fallback={t("tutor.summary.noAppraisal")}>
            {(appraisal) => (
              <>
                {t(`tutor.summary.appraisal.${appraisalStatus(appraisal(), screen.today(), tutorAppraisalsDone(screen.review.data))}` as MessageKey, {
                  name: t(appraisal().labelKey as MessageKey),
                  due: formatDate(appraisal().dueDate, "day"),
                })}{" "}
                <A href={`${screen.base}/appraisals#${appraisal().id}`}>{t("tutor.summary.writeAppraisal")}</A>
              </>
            )}
          </Show>
        </li>
        <li>
          <Show when={evaluation()} fallback={t("tutor.summary.evaluation.unknown")}>
            {(overview) => (
              <>
                {t(`tutor.summary.evaluation.${overview().kind}` as MessageKey, {
                  date: overview().kind === "not-open" ? formatDate((overview() as { opensOn: string }).opensOn, "day") : "",
                })}{" "}
                <A href={`${screen.base}/${overview().kind === "sealed" ? "certificate" : "evaluation"}`}>
                  {t(overview().kind === "sealed" ? "tutor.summary.openCertificate" : "tutor.summary.openEvaluation")}
                </A>
              </>
            )}
          </Show>
        </li>
      </ul>
    </section>
  );
}
