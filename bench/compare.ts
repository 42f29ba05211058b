// The side-by-side comparison: every workload against every server, in rounds, rotating which
// server goes first so that a noisy neighbour or a warm page cache favours none of them. Each
// (round, workload, server) gets a fresh server process.
import { median } from "./lib/machine";
import { logbookState, offlineDays, updatesPerDay } from "./lib/logbook";
import { provisionTargets, serverNames, type ServerName } from "./lib/targets";
import { liveEditing, type LiveEditingOptions, type LiveEditingResult } from "./workloads/live-editing";
import { idleConnections, type IdleResult } from "./workloads/idle-connections";
import { catchUp, type CatchUpResult } from "./workloads/catch-up";
import { coldLoad, type ColdLoadResult } from "./workloads/cold-load";

export interface ComparisonSettings {
  rounds: number;
  live: LiveEditingOptions;
  idle: { documents: number; connections: number };
  catchUp: { repetitions: number };
  coldDocuments: number;
}

export const fullSettings: ComparisonSettings = {
  rounds: 3,
  live: { documents: 200, clientsPerDocument: 5, updatesPerSecond: 5, seconds: 30, warmUpSeconds: 2 },
  idle: { documents: 500, connections: 2000 },
  catchUp: { repetitions: 5 },
  coldDocuments: 1000,
};

export const quickSettings: ComparisonSettings = {
  rounds: 3,
  live: { documents: 40, clientsPerDocument: 3, updatesPerSecond: 5, seconds: 3, warmUpSeconds: 1 },
  idle: { documents: 100, connections: 500 },
  catchUp: { repetitions: 3 },
  coldDocuments: 100,
};

type PerServer<T> = Record<ServerName, T[]>;
const perServer = <T>(): PerServer<T> => ({ ours: [], hocuspocus: [], "y-websocket-server": [] });

export interface ComparisonRounds {
  live: PerServer<LiveEditingResult>;
  idle: PerServer<IdleResult>;
  catchUp: PerServer<CatchUpResult>;
  coldLoad: PerServer<ColdLoadResult>;
}

export async function compareServers(settings: ComparisonSettings, log: (line: string) => void): Promise<ComparisonRounds> {
  const storedState = logbookState();
  const targets = await provisionTargets({
    documents: Math.max(settings.coldDocuments, settings.idle.documents, settings.live.documents, settings.catchUp.repetitions + 1),
    writers: Math.max(settings.idle.documents, settings.live.documents, settings.catchUp.repetitions + 1),
    storedDocuments: settings.coldDocuments,
    storedState,
  });
  const rounds: ComparisonRounds = { live: perServer(), idle: perServer(), catchUp: perServer(), coldLoad: perServer() };
  try {
    for (let round = 0; round < settings.rounds; round++) {
      const order = serverNames.map((_, i) => serverNames[(i + round) % serverNames.length] as ServerName);
      log(`round ${round + 1}/${settings.rounds}: ${order.join(", ")} (${new Date().toISOString()})`);
      const each = async (stored: boolean, run: (target: Awaited<ReturnType<typeof targets.start>>) => Promise<void>, names = order) => {
        for (const name of names) {
          const target = await targets.start(name, { stored });
          try {
            await run(target);
          } finally {
            await target.stop();
          }
        }
      };
      await each(false, async (t) => void rounds.live[t.name].push(await liveEditing(t, settings.live)));
      await each(false, async (t) => void rounds.idle[t.name].push(await idleConnections(t, { ...settings.idle, documentState: storedState })));
      const catchUpDocs = Array.from({ length: settings.catchUp.repetitions }, (_, i) => i);
      await each(false, async (t) => void rounds.catchUp[t.name].push(await catchUp(t, { documentIndexes: catchUpDocs, warmUpIndex: settings.catchUp.repetitions, days: offlineDays, updatesPerDay })));
      // An in-memory server has nothing stored to load.
      const withStorage = order.filter((name) => name !== "y-websocket-server");
      await each(true, async (t) => void rounds.coldLoad[t.name].push(await coldLoad(t, settings.coldDocuments, storedState.length / 2)), withStorage);
    }
  } finally {
    targets.dispose();
  }
  return rounds;
}

/** The median over rounds of one figure, per server (null when a server has no figure). */
export function medianOf<T>(rounds: PerServer<T>, figure: (result: T) => number | null): Record<ServerName, number | null> {
  const pick = (name: ServerName) => {
    const values = rounds[name].map(figure).filter((v): v is number => v !== null);
    return values.length > 0 ? median(values) : null;
  };
  return { ours: pick("ours"), hocuspocus: pick("hocuspocus"), "y-websocket-server": pick("y-websocket-server") };
}
