import { createResource, createSignal, Match, onCleanup, Show, Switch } from "solid-js";
import { useNavigate } from "@solidjs/router";
import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { useSessions } from "./session-store";
import { ApiError, type InvitePreview } from "./invite-api";

/**
 * The token travels in the fragment, which browsers never send to a server, so it stays out of
 * access logs. Joining replaces this history entry, so it does not linger either.
 */
function tokenFromLocation(): string | null {
  return location.hash.slice(1) || null;
}

export default function JoinPage() {
  const { t } = useI18n();
  const sessions = useSessions();
  const navigate = useNavigate();
  // A second link opened in the same tab changes only the fragment: follow it.
  const [token, setToken] = createSignal(tokenFromLocation());
  const [preview] = createResource(token, (value) => sessions.preview(value));
  const [joining, setJoining] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const followFragment = () => {
    setError(null);
    setToken(tokenFromLocation());
  };
  window.addEventListener("hashchange", followFragment);
  onCleanup(() => window.removeEventListener("hashchange", followFragment));
  const [name, setName] = createSignal("");
  const [committee, setCommittee] = createSignal("");

  const describe = (p: InvitePreview) => {
    if (p.setup) return t("join.setupTitle");
    const student = p.exchange?.studentName ?? "";
    if (p.role === "student") return t("join.asStudent", { project: p.exchange?.projectTitle ?? "" });
    if (p.role === "tutor") return t("join.asTutor", { student });
    if (p.role === "contact") return t("join.asContact", { student });
    return t("join.asOfficer", { committee: p.committeeName ?? "" });
  };
  const explainError = (caught: unknown) => {
    if (caught instanceof ApiError && caught.code === "offline") return t("join.offline");
    const name = caught instanceof Error || caught instanceof DOMException ? caught.name : "";
    // Dexie wraps the browser's error; both carry the quota name.
    if (/QuotaExceeded/.test(name) || /QuotaExceeded/.test(String(caught))) return t("error.localWrite.quota");
    return t("join.failed", { message: caught instanceof Error ? caught.message : String(caught) });
  };

  const join = async (event: SubmitEvent) => {
    event.preventDefault();
    const current = token();
    if (!current) return;
    setJoining(true);
    setError(null);
    try {
      await sessions.join(current, preview()?.setup ? { name: name(), committeeName: committee() } : undefined);
      navigate("/", { replace: true });
    } catch (caught) {
      setError(explainError(caught));
    } finally {
      setJoining(false);
    }
  };

  return (
    <>
      <PageTitle>{t("join.title")}</PageTitle>
      <Switch>
        <Match when={!token()}>
          <p>{t("join.noToken")}</p>
        </Match>
        <Match when={preview.loading}>
          <p role="status">{t("join.checking")}</p>
        </Match>
        <Match when={preview.error}>
          <p class="error" role="alert">
            {explainError(preview.error)}
          </p>
        </Match>
        <Match when={preview()}>
          {(p) => (
            <form class="card" onSubmit={(event) => void join(event)}>
              <h2>{describe(p())}</h2>
              <Show when={!p().setup && p()}>
                {(invite) => (
                  <>
                    <p>{t("join.hello", { name: (invite() as Extract<InvitePreview, { setup: false }>).name })}</p>
                    <Show when={(invite() as Extract<InvitePreview, { setup: false }>).exchange}>
                      {(exchange) => <p>{t("join.period", { start: exchange().startDate, end: exchange().endDate })}</p>}
                    </Show>
                  </>
                )}
              </Show>
              <Show when={p().setup}>
                <p>{t("join.setupLead")}</p>
                <label for="setup-name">{t("join.yourName")}</label>
                <input id="setup-name" required autocomplete="name" value={name()} onInput={(e) => setName(e.currentTarget.value)} />
                <label for="setup-committee">{t("join.committeeName")}</label>
                <input
                  id="setup-committee"
                  required
                  aria-describedby="setup-committee-hint"
                  value={committee()}
                  onInput={(e) => setCommittee(e.currentTarget.value)}
                />
                <p class="hint" id="setup-committee-hint">
                  {t("join.committeeHint")}
                </p>
              </Show>
              <p class="hint">{t("join.explain")}</p>
              <Show when={error()}>
                <p class="error" role="alert">
                  {error()}
                </p>
              </Show>
              <button type="submit" class="primary" disabled={joining()}>
                {joining() ? t("join.joining") : t("join.button")}
              </button>
            </form>
          )}
        </Match>
      </Switch>
    </>
  );
}
