import { Show, createResource } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { certificateQrDataUrl } from "../ui/qr-data-url";
import { verifyLink, type CertificateClaims } from "./certificate";

const day = (at: number) => new Date(at).toISOString().slice(0, 10);

/** The printable certificate: what the server attested, never the live documents. */
export function CertificateView(props: { claims: CertificateClaims; payload: string }) {
  const { t } = useI18n();
  const names = () => ({ student: props.claims.exchange.studentName, tutor: props.claims.exchange.tutorName });
  const [qr] = createResource(() => props.payload, (payload) => certificateQrDataUrl(verifyLink(location.origin, payload)));
  return (
    <article class="certificate" aria-labelledby="certificate-title" data-testid="certificate">
      <h2 id="certificate-title">{t(`certificate.title.${props.claims.certificate}` as MessageKey)}</h2>
      <p>{t(`certificate.body.${props.claims.certificate}` as MessageKey, names())}</p>
      <p>{t("certificate.project", { title: props.claims.exchange.projectTitle })}</p>
      <p>{t("certificate.period", { start: props.claims.exchange.startDate, end: props.claims.exchange.endDate })}</p>
      <p>{t("certificate.attendance", { present: props.claims.attendance.present, total: props.claims.attendance.workingDays })}</p>
      <p>
        {t("certificate.signedBy", {
          ...names(),
          studentDate: day(props.claims.signatures.student.signedAt),
          tutorDate: day(props.claims.signatures.tutor.signedAt),
        })}{" "}
        {t("certificate.sealedOn", { date: day(props.claims.sealedAt) })}
      </p>
      <Show when={qr()}>{(src) => <img class="qr" src={src()} alt={t("certificate.qrAlt")} width="280" height="280" />}</Show>
      <p class="code">{t("certificate.code", { code: props.claims.code })}</p>
      <p class="hint">{t("certificate.howToVerify")}</p>
      <p class="no-print">
        <a href={verifyLink(location.origin, props.payload)}>{t("certificate.verifyLink")}</a>
      </p>
    </article>
  );
}
