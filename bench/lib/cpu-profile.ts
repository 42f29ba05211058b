// Reads a V8 .cpuprofile (node --cpu-prof) and sums self time per function and per origin
// (a package, one of our files, Node internals, garbage collection), for docs/performance.md.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

function origin(url: string, functionName: string): string {
  if (functionName === "(garbage collector)" || functionName === "(program)" || functionName === "(idle)") return functionName;
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module?.[1]) return module[1];
  const ours = /\/(sync-server\/src\/.+|bench\/.+)$/.exec(url);
  if (ours?.[1]) return ours[1];
  return url.startsWith("node:") ? "node internals" : url || "native";
}

export function summariseProfile(file: string, top = 25): { total: number; byFunction: SelfTime[]; byOrigin: SelfTime[] } {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byOrigin = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node || node.callFrame.functionName === "(idle)") return;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = origin(url, functionName);
    const name = `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + ms);
    total += ms;
  });
  const ranked = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => ({ name, ms, share: ms / total }));
  return { total, byFunction: ranked(byFunction), byOrigin: ranked(byOrigin) };
}
