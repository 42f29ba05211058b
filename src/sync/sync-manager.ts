// Keeps every document this device follows open and connected, for as long as the app runs, so
// work syncs whichever screen is showing. It aggregates their states for the status bar and
// remembers the server's durable state vector, so after an offline reload the app still knows
// what is safe on the server.
import { createStore, type Store } from "solid-js/store";
import { createMemo, type Accessor } from "solid-js";
import type { LogbookDatabase } from "../db/schema";
import type { DocumentRegistry, DocumentLease } from "./document-registry";
import type { Connectivity } from "./connectivity";
import { connectDocument, type SyncConnection } from "./sync-connection";
import type { DocumentSyncStatus } from "./sync-status";

export interface SyncSummary {
  documents: number;
  waitingChanges: number;
  /** Every document's DocumentSyncStatus.unsavedParts, prefixed with the document's name and "#". */
  unsavedParts: string[];
  savedOnServer: boolean;
  connected: boolean;
  lastSyncedAt: number | null;
  refusedReason: string | null;
  accessLost: boolean;
}

export interface SyncManager {
  statuses: Store<Record<string, DocumentSyncStatus>>;
  summary: Accessor<SyncSummary>;
  /** Re-reads the followed documents and connects any new ones. */
  refresh(): Promise<void>;
  reconnectAll(): void;
  dispose(): void;
}

const durableWriteIntervalMs = 2000;

export function createSyncManager(options: {
  db: LogbookDatabase;
  documents: DocumentRegistry;
  connectivity: Connectivity;
  baseUrl: string;
}): SyncManager {
  const { db } = options;
  const [statuses, setStatuses] = createStore<Record<string, DocumentSyncStatus>>({});
  const active = new Map<string, { lease: DocumentLease; connection: SyncConnection; flushDurable: () => void }>();
  // Names being opened right now, so two overlapping refreshes never open one document twice.
  const following = new Set<string>();

  const follow = async (name: string, token: string) => {
    const record = await db.followed.get(name);
    const lease = options.documents.acquire(name);
    await lease.document.whenLoaded;
    let pending: { vector: Uint8Array; at: number } | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // One IndexedDB write per couple of seconds at most: acks arrive per keystroke when typing.
    const flushDurable = () => {
      clearTimeout(timer);
      timer = undefined;
      if (!pending) return;
      const { vector, at } = pending;
      pending = null;
      void db.followed.update(name, { durableStateVector: vector, lastSyncedAt: at });
    };
    const connection = connectDocument({
      doc: lease.document.doc,
      name,
      token,
      baseUrl: options.baseUrl,
      initialDurableStateVector: record?.durableStateVector,
      unsavedDeletions: lease.document.unsavedDeletions,
      lastSyncedAt: record?.lastSyncedAt ?? null,
      onStatus: (status) => setStatuses(name, status),
      onDurable: (vector, at) => {
        pending = { vector, at };
        timer ??= setTimeout(flushDurable, durableWriteIntervalMs);
      },
      onReachable: (reachable) => options.connectivity.report(reachable),
    });
    active.set(name, { lease, connection, flushDurable });
  };

  const summary = createMemo<SyncSummary>(() => {
    const all = Object.values(statuses);
    return {
      documents: all.length,
      waitingChanges: all.reduce((sum, s) => sum + s.waitingChanges, 0),
      unsavedParts: Object.entries(statuses).flatMap(([name, s]) => (s.unsavedParts ?? []).map((part) => `${name}#${part}`)),
      savedOnServer: all.length > 0 && all.every((s) => s.savedOnServer),
      connected: all.length > 0 && all.every((s) => s.connection === "connected"),
      lastSyncedAt: all.reduce<number | null>((latest, s) => (s.lastSyncedAt && (!latest || s.lastSyncedAt > latest) ? s.lastSyncedAt : latest), null),
      refusedReason: all.find((s) => s.refusedReason)?.refusedReason ?? null,
      accessLost: all.some((s) => s.connection === "unauthorized"),
    };
  });

  return {
    statuses,
    summary,
    async refresh() {
      const sessions = await db.sessions.toArray();
      const tokens = new Map(sessions.map((s) => [s.personId, s.token]));
      const followed = await db.followed.toArray();
      await Promise.all(
        followed
          .filter((f) => !following.has(f.name) && tokens.has(f.personId))
          .map((f) => {
            following.add(f.name);
            return follow(f.name, tokens.get(f.personId) as string);
          }),
      );
    },
    reconnectAll() {
      for (const entry of active.values()) entry.connection.reconnectNow();
    },
    dispose() {
      for (const entry of active.values()) {
        entry.flushDurable();
        entry.connection.destroy();
        entry.lease.release();
      }
      active.clear();
      following.clear();
    },
  };
}
