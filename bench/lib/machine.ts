// Machine facts for benchmark reports, and the CPU time the hypervisor stole while we measured:
// on a shared VM, tail latency swings with steal, so every figure is reported next to it.
import { cpus, loadavg } from "node:os";
import { readFileSync } from "node:fs";

export function machineDetails() {
  const cpu = cpus()[0];
  return { cpuModel: cpu?.model ?? "unknown", cores: cpus().length, node: process.version, platform: `${process.platform} ${process.arch}` };
}

/** Steal only shows the hypervisor's share; other work on the same VM shows in the load average. */
export const loadAverage = () => loadavg().map((load) => Number(load.toFixed(2)));

interface CpuTimes {
  total: number;
  steal: number;
}

function readCpuTimes(): CpuTimes | null {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
  } catch {
    return null;
  }
}

/** Starts a steal measurement; the returned function gives the stolen share (0..1) since then. */
export function measureSteal(): () => number | null {
  const start = readCpuTimes();
  return () => {
    const end = readCpuTimes();
    if (!start || !end || end.total === start.total) return null;
    return (end.steal - start.steal) / (end.total - start.total);
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}
