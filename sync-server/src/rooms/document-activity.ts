// When each document last had an update committed: the officer's dashboard shows it as the
// exchange's "last sync". Rooms report commits here in memory (a map write on the hot path);
// the times reach SQLite in one small transaction every few seconds and on close, so a crash
// loses at most the last few seconds of this hint, never a document update.
import type Database from "better-sqlite3";

export interface DocumentActivity {
  /** A commit of this document just finished. */
  touch(name: string): void;
  /** The latest commit time among these documents, or null if none was ever written. */
  lastUpdateAt(names: readonly string[]): number | null;
  flush(): void;
  close(): void;
}

export function createDocumentActivity(db: Database.Database, options: { now?: () => number; flushEveryMs?: number } = {}): DocumentActivity {
  const now = options.now ?? Date.now;
  db.exec("CREATE TABLE IF NOT EXISTS document_activity (name TEXT PRIMARY KEY, last_update_at INTEGER NOT NULL)");
  const upsert = db.prepare(
    "INSERT INTO document_activity (name, last_update_at) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET last_update_at = max(last_update_at, excluded.last_update_at)",
  );
  const select = db.prepare<[string], { last_update_at: number }>("SELECT last_update_at FROM document_activity WHERE name = ?");
  const pending = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0 || closed) return;
    const entries = [...pending];
    pending.clear();
    try {
      db.transaction(() => {
        for (const [name, at] of entries) upsert.run(name, at);
      })();
    } catch (error) {
      for (const [name, at] of entries) if ((pending.get(name) ?? 0) < at) pending.set(name, at);
      throw error;
    }
  };

  return {
    touch(name) {
      if (closed) return;
      pending.set(name, now());
      if (!timer) {
        timer = setTimeout(() => {
          try {
            flush();
          } catch {
            // A busy or full disk: the document commits report their own failures; this hint waits for the next flush.
          }
        }, options.flushEveryMs ?? 5_000);
        timer.unref?.();
      }
    },
    lastUpdateAt(names) {
      let latest: number | null = null;
      for (const name of names) {
        const at = Math.max(pending.get(name) ?? 0, select.get(name)?.last_update_at ?? 0);
        if (at > 0 && (latest === null || at > latest)) latest = at;
      }
      return latest;
    },
    flush,
    close() {
      flush();
      closed = true;
    },
  };
}
