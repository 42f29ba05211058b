// Prometheus text exposition for the few figures operators need. Plain counters and a fixed-bucket
// histogram: no client library, since the format is simple and this keeps start-up light.
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
}

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
      ];
      return lines.join("\n") + "\n";
    },
  };
}
