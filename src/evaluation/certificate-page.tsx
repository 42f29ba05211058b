import { type JSX, Show } from "solid-js";
import { A } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import type { SessionRecord } from "../db/schema";
import { useOwnCertificate } from "./certificate-store";
import { CertificateView } from "./certificate-view";
import { SignerScreen } from "./signer-screen";
import "./evaluation.css";

function Certificate(props: { nav: () => JSX.Element; session: SessionRecord; role: string }) {
  const { t } = useI18n();
  // A role page's session does not change while it is shown.
  // eslint-disable-next-line solid/reactivity
  const certificate = useOwnCertificate(props.session);
  return (
    <>
      <div class="no-print">
        <PageTitle>{t("certificate.page")}</PageTitle>
        {props.nav()}
        <p>
          <A href={`/${props.role}/${props.session.personId}/evaluation`}>{t("evaluation.title")}</A>
        </p>
      </div>
      <Show when={!certificate.loading} fallback={<p role="status">{t("loading")}</p>}>
        <Show when={certificate()} fallback={<p>{t("certificate.notReady")}</p>}>
          {(found) => (
            <>
              <CertificateView claims={found().claims} payload={found().payload} origin={found().origin} />
              <p class="no-print">
                <button type="button" onClick={() => window.print()}>
                  {t("certificate.print")}
                </button>
              </p>
            </>
          )}
        </Show>
      </Show>
    </>
  );
}

export default function CertificatePage() {
  return <SignerScreen>{(session, nav) => <Certificate session={session} nav={nav} role={session.role} />}</SignerScreen>;
}
