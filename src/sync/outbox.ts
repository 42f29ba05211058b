// Work that must reach the server later, kept in Dexie until a sender says it is done: today,
// signatures made offline. Each kind registers its sender; the outbox retries while the server
// is reachable, when it becomes reachable again, and whenever something new is queued.
import { createEffect, on } from "solid-js";
import type { LogbookDatabase, OutboxItem } from "../db/schema";
import type { Connectivity } from "./connectivity";

/** "done" removes the item (sent, or refused and recorded by the sender); "later" keeps it. */
export type OutboxOutcome = "done" | "later";
export type OutboxSender = (item: OutboxItem) => Promise<OutboxOutcome>;

export interface Outbox {
  register(kind: string, sender: OutboxSender): void;
  add(item: Omit<OutboxItem, "id" | "createdAt">): Promise<void>;
  flush(): Promise<void>;
  dispose(): void;
}

const retryDelayMs = 3000;

/** Call inside a reactive owner: it follows the connectivity signal. */
export function createOutbox(options: { db: LogbookDatabase; connectivity: Connectivity }): Outbox {
  const { db, connectivity } = options;
  const senders = new Map<string, OutboxSender>();
  let running: Promise<void> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const sendAll = async () => {
    let waiting = false;
    for (const item of await db.outbox.orderBy("id").toArray()) {
      const sender = senders.get(item.kind);
      if (!sender) continue;
      const outcome = await sender(item).catch((error: unknown) => {
        void db.outbox.update(item.id as number, { lastError: error instanceof Error ? error.message : String(error) });
        return "later" as const;
      });
      if (outcome === "done") await db.outbox.delete(item.id as number);
      else waiting = true;
    }
    return waiting;
  };

  const flush = (): Promise<void> => {
    if (disposed || !connectivity.online()) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let waiting: boolean;
      do {
        again = false;
        waiting = await sendAll();
      } while (again);
      running = null;
      clearTimeout(timer);
      if (waiting && !disposed) timer = setTimeout(() => void flush(), retryDelayMs);
    })();
    return running;
  };

  createEffect(on(connectivity.online, (online) => online && void flush(), { defer: true }));

  return {
    register(kind, sender) {
      senders.set(kind, sender);
      void flush();
    },
    async add(item) {
      await db.outbox.add({ ...item, createdAt: Date.now() });
      void flush();
    },
    flush,
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}
