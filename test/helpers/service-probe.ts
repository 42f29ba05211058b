// Measures, from outside the server process, how long honest people wait while someone else
// works the server hard: an honest device's update until its durable acknowledgement (relay,
// commit, ack), /healthz, and the officer's dashboard. Probes run one after another, so each
// latency is what a person would see, and every sample is kept for the report.
import { CrashWriter } from "./crash-writer";

export interface Sample {
  phase: string;
  probe: "update acknowledged" | "healthz" | "summary";
  ms: number;
  ok: boolean;
}

export interface ServiceProbe {
  /** Samples are labelled with the current phase from now on. */
  setPhase(phase: string): void;
  stop(): Promise<Sample[]>;
}

export interface ProbeTargets {
  url: string;
  wsUrl: string;
  /** A document only the honest device writes, and that device's token. */
  documentName: string;
  token: string;
  officerToken: string;
}

/** Fails a probe after this long: far above the 2 s the service must answer within, so a stall is measured, not cut short. */
const probeTimeoutMs = 30_000;

async function timed(run: () => Promise<boolean>): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const ok = await Promise.race([run().catch(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), probeTimeoutMs))]);
  return { ms: performance.now() - started, ok };
}

export async function startServiceProbe(targets: ProbeTargets, pauseMs = 100): Promise<ServiceProbe> {
  const writer = new CrashWriter({ wsUrl: targets.wsUrl, documentName: targets.documentName, token: targets.token, arrayName: "probe" });
  await writer.connect();
  const samples: Sample[] = [];
  let phase = "start";
  let running = true;
  let value = 0;

  const acknowledged = () =>
    new Promise<boolean>((resolve) => {
      writer.write(value++);
      const check = () => (writer.fullyAcknowledged() ? resolve(true) : writer.connected ? setTimeout(check, 2) : resolve(false));
      check();
    });
  const healthz = async () => (await fetch(`${targets.url}/healthz`)).status === 200;
  const summary = async () => (await fetch(`${targets.url}/api/summary`, { headers: { Authorization: `Bearer ${targets.officerToken}` } })).status === 200;

  const loop = (async () => {
    while (running) {
      for (const [probe, run] of [["update acknowledged", acknowledged], ["healthz", healthz], ["summary", summary]] as const) {
        const at = phase;
        const { ms, ok } = await timed(run);
        samples.push({ phase: at, probe, ms, ok });
      }
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  })();

  return {
    setPhase(next) {
      phase = next;
    },
    async stop() {
      running = false;
      await loop;
      writer.disconnect();
      return samples;
    },
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number);
};

/** One line per phase and probe: count, median, p99 and max in ms. */
export function describeSamples(samples: Sample[]): string {
  const lines: string[] = [];
  for (const phase of [...new Set(samples.map((s) => s.phase))]) {
    for (const probe of ["update acknowledged", "healthz", "summary"] as const) {
      const of = samples.filter((s) => s.phase === phase && s.probe === probe);
      if (of.length === 0) continue;
      const ms = of.map((s) => s.ms);
      const failed = of.filter((s) => !s.ok).length;
      lines.push(
        `  ${phase.padEnd(28)} ${probe.padEnd(20)} n=${String(of.length).padStart(3)} median ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms${failed ? `, ${failed} failed` : ""}`,
      );
    }
  }
  return lines.join("\n");
}

export interface PairedProbes {
  setPhase(phase: string): void;
  stop(): Promise<{ attacked: Sample[]; control: Sample[] }>;
}

/**
 * The same probes, at the same time, against the attacked server and against a control server
 * nobody attacks, on the same machine: what the control's probes take is what the machine's own
 * load costs, whatever else runs on it, and not the attacker's doing.
 */
export async function startPairedProbes(attacked: ProbeTargets, control: ProbeTargets): Promise<PairedProbes> {
  const [a, c] = await Promise.all([startServiceProbe(attacked), startServiceProbe(control)]);
  return {
    setPhase(phase) {
      a.setPhase(phase);
      c.setPhase(phase);
    },
    async stop() {
      const [attackedSamples, controlSamples] = await Promise.all([a.stop(), c.stop()]);
      return { attacked: attackedSamples, control: controlSamples };
    },
  };
}

/**
 * Probes of the attacked server slower than allowed: the 2 s the service must answer within, plus
 * the slowest the control server's same probe took in the same phase (its load, not the attack).
 */
export function slowerThanAllowed(attacked: Sample[], control: Sample[], requiredMs = 2000): { sample: Sample; allowedMs: number }[] {
  const slowest = (phase: string, probe: Sample["probe"]) => Math.max(0, ...control.filter((s) => s.phase === phase && s.probe === probe).map((s) => s.ms));
  return attacked.map((sample) => ({ sample, allowedMs: requiredMs + slowest(sample.phase, sample.probe) })).filter(({ sample, allowedMs }) => sample.ms > allowedMs);
}
