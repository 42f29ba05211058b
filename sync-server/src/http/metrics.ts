// Prometheus text exposition for the few figures operators need. Plain counters and a fixed-bucket
// histogram: no client library, since the format is simple and this keeps start-up light.
import { monitorEventLoopDelay } from "node:perf_hooks";

export interface Histogram {
  observe(seconds: number): void;
}

export interface Metrics {
  connections: { inc(): void; dec(): void };
  loadedDocuments: { set(n: number): void };
  updatesReceived: { inc(n?: number): void };
  malformedFrames: { inc(): void };
  refusedWrites: { inc(): void };
  ackLatency: Histogram;
  render(): string;
  close(): void;
}

// Event-loop lag is reported for the last complete window, so every scraper sees the same figure
// whatever its own interval.
const lagWindowMs = 10_000;

const latencyBuckets = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export function createMetrics(now: () => number = () => performance.now()): Metrics {
  let connections = 0;
  let loadedDocuments = 0;
  let updates = 0;
  let malformed = 0;
  let refused = 0;
  const bucketCounts = latencyBuckets.map(() => 0);
  let latencySum = 0;
  let latencyCount = 0;
  // Updates per second over the last minute, from a ring of per-second counts.
  const ring = new Array<number>(60).fill(0);
  let ringSecond = Math.floor(now() / 1000);
  const lagMonitor = monitorEventLoopDelay({ resolution: 10 });
  lagMonitor.enable();
  const lagSeconds = (nanoseconds: number) => (Number.isFinite(nanoseconds) ? nanoseconds / 1e9 : 0);
  const currentLag = () => ({ p50: lagSeconds(lagMonitor.percentile(50)), p99: lagSeconds(lagMonitor.percentile(99)), max: lagSeconds(lagMonitor.max) });
  let lastLag: ReturnType<typeof currentLag> | null = null;
  const rotateLag = () => {
    lastLag = currentLag();
    lagMonitor.reset();
  };
  const lagTimer = setInterval(rotateLag, lagWindowMs);
  lagTimer.unref();
  const advanceRing = () => {
    const second = Math.floor(now() / 1000);
    for (let s = ringSecond + 1; s <= second && s <= ringSecond + 60; s++) ring[s % 60] = 0;
    ringSecond = Math.max(ringSecond, second);
  };

  return {
    connections: { inc: () => void connections++, dec: () => void connections-- },
    loadedDocuments: { set: (n) => void (loadedDocuments = n) },
    updatesReceived: {
      inc: (n = 1) => {
        advanceRing();
        updates += n;
        ring[ringSecond % 60] = (ring[ringSecond % 60] ?? 0) + n;
      },
    },
    malformedFrames: { inc: () => void malformed++ },
    refusedWrites: { inc: () => void refused++ },
    ackLatency: {
      observe(seconds) {
        latencySum += seconds;
        latencyCount++;
        latencyBuckets.forEach((bound, i) => {
          if (seconds <= bound) bucketCounts[i] = (bucketCounts[i] ?? 0) + 1;
        });
      },
    },
    render() {
      advanceRing();
      const current = currentLag();
      const lag = { ...(lastLag ?? current), max: Math.max(lastLag?.max ?? 0, current.max) };
      const perSecond = ring.reduce((a, b) => a + b, 0) / 60;
      const lines = [
        "# HELP aql_connections Open WebSocket connections.",
        "# TYPE aql_connections gauge",
        `aql_connections ${connections}`,
        "# HELP aql_loaded_documents Documents held in memory.",
        "# TYPE aql_loaded_documents gauge",
        `aql_loaded_documents ${loadedDocuments}`,
        "# HELP aql_updates_total Document updates received and accepted.",
        "# TYPE aql_updates_total counter",
        `aql_updates_total ${updates}`,
        "# HELP aql_updates_per_second Accepted updates per second, averaged over the last minute.",
        "# TYPE aql_updates_per_second gauge",
        `aql_updates_per_second ${perSecond}`,
        "# HELP aql_malformed_frames_total Connections closed for a malformed frame.",
        "# TYPE aql_malformed_frames_total counter",
        `aql_malformed_frames_total ${malformed}`,
        "# HELP aql_refused_writes_total Writes refused for lack of permission or a sealed document.",
        "# TYPE aql_refused_writes_total counter",
        `aql_refused_writes_total ${refused}`,
        "# HELP aql_ack_latency_seconds Time from receiving an update to acknowledging it as committed.",
        "# TYPE aql_ack_latency_seconds histogram",
        ...latencyBuckets.map((bound, i) => `aql_ack_latency_seconds_bucket{le="${bound}"} ${bucketCounts[i]}`),
        `aql_ack_latency_seconds_bucket{le="+Inf"} ${latencyCount}`,
        `aql_ack_latency_seconds_sum ${latencySum}`,
        `aql_ack_latency_seconds_count ${latencyCount}`,
        "# HELP aql_event_loop_lag_seconds How late timers ran on the event loop: quantiles over the last complete 10 s window.",
        "# TYPE aql_event_loop_lag_seconds gauge",
        `aql_event_loop_lag_seconds{quantile="0.5"} ${lag.p50}`,
        `aql_event_loop_lag_seconds{quantile="0.99"} ${lag.p99}`,
        "# HELP aql_event_loop_lag_max_seconds The longest the event loop was blocked, over the last complete 10 s window and the current one.",
        "# TYPE aql_event_loop_lag_max_seconds gauge",
        `aql_event_loop_lag_max_seconds ${lag.max}`,
      ];
      return lines.join("\n") + "\n";
    },
    close() {
      clearInterval(lagTimer);
      lagMonitor.disable();
    },
  };
}
