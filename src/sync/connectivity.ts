// Whether the sync server can be reached. `navigator.onLine` only knows about the network
// interface; a phone on lab Wi-Fi with no route, or a stopped server, still says "online", so the
// answer comes from the server's health endpoint, retried with backoff while unreachable.
import { createSignal, type Accessor } from "solid-js";

export interface Connectivity {
  online: Accessor<boolean>;
  checkNow(): Promise<boolean>;
  /** Sync connections report what they see, so a live socket counts as proof of reach. */
  report(reachable: boolean): void;
  dispose(): void;
}

export interface ConnectivityOptions {
  healthUrl?: string;
  minDelayMs?: number;
  maxDelayMs?: number;
  steadyDelayMs?: number;
}

export function createConnectivity(options: ConnectivityOptions = {}): Connectivity {
  const { healthUrl = "/healthz", minDelayMs = 1000, maxDelayMs = 15_000, steadyDelayMs = 30_000 } = options;
  const [online, setOnline] = createSignal(navigator.onLine);
  let delay = minDelayMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const schedule = () => {
    if (disposed) return;
    clearTimeout(timer);
    timer = setTimeout(() => void checkNow(), online() ? steadyDelayMs : delay);
  };
  const report = (reachable: boolean) => {
    setOnline(reachable);
    delay = reachable ? minDelayMs : Math.min(delay * 2, maxDelayMs);
    schedule();
  };
  const checkNow = async () => {
    let reachable = false;
    try {
      const response = await fetch(healthUrl, { cache: "no-store" });
      reachable = response.ok;
    } catch {
      reachable = false;
    }
    if (!disposed) report(reachable);
    return reachable;
  };
  const onNetworkChange = () => {
    delay = minDelayMs;
    void checkNow();
  };
  window.addEventListener("online", onNetworkChange);
  window.addEventListener("offline", onNetworkChange);
  document.addEventListener("visibilitychange", onNetworkChange);
  void checkNow();

  return {
    online,
    checkNow,
    report,
    dispose() {
      disposed = true;
      clearTimeout(timer);
      window.removeEventListener("online", onNetworkChange);
      window.removeEventListener("offline", onNetworkChange);
      document.removeEventListener("visibilitychange", onNetworkChange);
    },
  };
}
