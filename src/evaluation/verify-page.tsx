import { Show, createSignal, onCleanup, onMount } from "solid-js";
import { useI18n } from "../app/i18n/i18n-context";
import type { MessageKey } from "../app/i18n/locales";
import { PageTitle } from "../ui/page-title";
import { TextField } from "../ui/text-field";
import { useCertificateVerifier, type VerifierOutcome } from "./certificate-store";
import { CertificateView } from "./certificate-view";
import "./evaluation.css";

/** Anyone can check a certificate here, without an account; a QR link opens this page with the certificate in its #fragment. */
export default function VerifyPage() {
  const { t } = useI18n();
  const verifier = useCertificateVerifier();
  const [payload, setPayload] = createSignal("");
  const [code, setCode] = createSignal("");
  const [checking, setChecking] = createSignal(false);
  const [outcome, setOutcome] = createSignal<VerifierOutcome | null>(null);
  const [noKey, setNoKey] = createSignal(false);

  const run = async (check: () => Promise<VerifierOutcome>) => {
    setChecking(true);
    setOutcome(null);
    setOutcome(await check());
    setChecking(false);
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const [pasted, typed] = [payload(), code()];
    if (pasted.trim() !== "") void run(() => verifier.check(pasted));
    else if (typed.trim() !== "") void run(() => verifier.checkCode(typed));
  };
  // A QR link opened while this page shows changes only the #fragment: check the new one.
  const checkFragment = () => {
    if (location.hash.length <= 1) return;
    const opened = location.href;
    setPayload(opened);
    void run(() => verifier.check(opened));
  };
  onMount(async () => {
    window.addEventListener("hashchange", checkFragment);
    setNoKey(!(await verifier.hasKeys()));
    checkFragment();
  });
  onCleanup(() => window.removeEventListener("hashchange", checkFragment));

  return (
    <>
      <PageTitle>{t("verify.title")}</PageTitle>
      <p>{t("verify.lead")}</p>
      <Show when={noKey()}>
        <p class="notice warning">{t("verify.noKey")}</p>
      </Show>
      <form onSubmit={submit} class="no-print">
        <TextField id="verify-payload" label={t("verify.payload")} hint={t("verify.payloadHint")} multiline value={payload()} onInput={setPayload} />
        <TextField id="verify-code" label={t("verify.code")} hint={t("verify.codeHint")} value={code()} onInput={setCode} autocomplete="off" />
        <button type="submit" class="primary" disabled={checking()}>
          {checking() ? t("verify.checking") : t("verify.check")}
        </button>
      </form>
      <div class="verify-result" role="status" aria-live="polite">
        <Show when={outcome()}>
          {(found) => {
            const result = found();
            return result.ok ? (
              <div data-testid="verify-valid">
                <h2>{t("verify.valid")}</h2>
                <p>{t("verify.validLead", { keyId: result.claims.issuer })}</p>
                <CertificateView claims={result.claims} payload={result.payload} />
              </div>
            ) : (
              <div class="notice warning" data-testid="verify-invalid">
                <h2>{t("verify.invalid")}</h2>
                <p>{t(`verify.problem.${result.problem}` as MessageKey)}</p>
              </div>
            );
          }}
        </Show>
      </div>
    </>
  );
}
