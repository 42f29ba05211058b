import { Show, createResource } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { certificateQrDataUrl } from "../ui/qr-data-url";
import { verifyLink, type CertificateClaims } from "./certificate";

/**
 * The printable certificate: what the server attested, never the live documents. `origin` is
 * where /verify is (the server's public address); a printout names it, since "this site" means
 * nothing on paper.
 */
export function CertificateView(props: { claims: CertificateClaims; payload: string; origin?: string }) {
  const { t, formatDate, formatTime } = useI18n();
  const claims = () => props.claims;
  const exchange = () => props.claims.exchange;
  const origin = () => props.origin ?? location.origin;
  const names = () => ({ student: exchange().studentName, tutor: exchange().tutorName });
  const host = () => [exchange().hostInstitution, exchange().department].filter((part) => part.trim() !== "").join(", ");
  const [qr] = createResource(() => verifyLink(origin(), props.payload), certificateQrDataUrl);
  return (
    <article class="certificate" aria-labelledby="certificate-title" data-testid="certificate">
      <h2 id="certificate-title">{t(`certificate.title.${claims().certificate}` as MessageKey)}</h2>
      <p>{t(`certificate.body.${claims().certificate}` as MessageKey, names())}</p>
      <dl class="certificate-facts">
        <dt>{t("certificate.projectLabel")}</dt>
        <dd class="prewrap">{exchange().projectTitle}</dd>
        <Show when={host()}>
          <dt>{t("certificate.hostLabel")}</dt>
          <dd>{host()}</dd>
        </Show>
        <Show when={exchange().committee.trim()}>
          <dt>{t("certificate.committeeLabel")}</dt>
          <dd>{exchange().committee}</dd>
        </Show>
        <dt>{t("certificate.periodLabel")}</dt>
        <dd>{t("certificate.period", { start: formatDate(exchange().startDate, "date"), end: formatDate(exchange().endDate, "date") })}</dd>
        <dt>{t("certificate.attendanceLabel")}</dt>
        <dd>{t("certificate.attendance", { count: claims().attendance.workingDays, present: claims().attendance.present })}</dd>
        <Show when={claims().hours !== null}>
          <dt>{t("certificate.hoursLabel")}</dt>
          <dd>{t("certificate.hours", { count: claims().hours ?? 0 })}</dd>
        </Show>
      </dl>
      <p>
        {t("certificate.signedBy", {
          ...names(),
          studentDate: formatTime(claims().signatures.student.signedAt, "date"),
          tutorDate: formatTime(claims().signatures.tutor.signedAt, "date"),
        })}{" "}
        {t("certificate.sealedOn", { date: formatTime(claims().sealedAt, "date") })}
      </p>
      <Show when={qr()}>{(src) => <img class="qr" src={src()} alt={t("certificate.qrAlt")} width="280" height="280" />}</Show>
      <p class="code">
        {t("certificate.codeLabel")} <span class="code-value">{claims().code}</span>
      </p>
      <p class="hint">{t("certificate.howToVerify", { address: `${origin()}/verify` })}</p>
      <p class="no-print">
        <a href={verifyLink(origin(), props.payload)}>{t("certificate.verifyLink")}</a>
      </p>
    </article>
  );
}
