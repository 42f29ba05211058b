import { For, Show } from "solid-js";
import { A } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import { attentionReasons } from "./dashboard-attention";
import { AppraisalMarks, AttendanceBar, AttentionList, DaysBar, EvaluationBadge, JoinedMarks, WeekMarks } from "./dashboard-signals";
import { statusLabels, type DashboardListProps } from "./dashboard-table";

/** The same exchanges and signals as the table, one card each, for a phone. A cancelled exchange is greyed, struck through and says so. */
export function DashboardCards(props: DashboardListProps) {
  const { t, formatDate, formatTime } = useI18n();
  return (
    <ul class="dashboard-cards" aria-label={t("dashboard.cardsLabel")}>
      <For each={props.rows}>
        {(row) => {
          const reasons = () => attentionReasons(row, props.today);
          return (
            <li class="card exchange-card" data-status={row.status} classList={{ "needs-attention": reasons().length > 0 }}>
              <h3>
                <A href={props.exchangeHref(row.exchangeId)}>{row.studentName}</A>
              </h3>
              <p class="sub">{row.projectTitle}</p>
              <p>
                <span class={`badge status ${row.status}`}>{t(statusLabels[row.status])}</span>{" "}
                {t("dashboard.periodShort", { start: formatDate(row.startDate, "date"), end: formatDate(row.endDate, "date") })}
              </p>
              <Show when={row.cancelledReason}>{(reason) => <p class="sub">{reason()}</p>}</Show>
              <Show when={row.status !== "cancelled"}>
                <AttentionList reasons={reasons()} />
                <div class="card-signals">
                  <DaysBar row={row} />
                  <AttendanceBar row={row} />
                  <WeekMarks row={row} />
                  <AppraisalMarks row={row} />
                  <EvaluationBadge row={row} />
                  <JoinedMarks row={row} />
                </div>
                <p class="sub">{t("dashboard.synced", { when: row.lastSyncAt === null ? t("dashboard.never") : formatTime(row.lastSyncAt, "dateTimeShort") })}</p>
              </Show>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
