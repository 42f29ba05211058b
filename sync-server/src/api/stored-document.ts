// Reading a document's content on the server (the dashboard, the evaluation): on demand, from what
// storage committed, never on the sync path. The document is read safely (nested types outside
// its kind's schema dropped, stored-state.ts) by one of the app's readers, in a worker thread
// when it is large, and the result is kept until the document changes. A read that fails fails
// alone, as ContentUnavailable for that document; one that takes long can be answered from the
// previous reading instead of holding up the dashboard of a whole committee.
import type { DocStorage } from "../storage/doc-storage";
import type { DocumentActivity } from "../rooms/document-activity";
import type { DocumentWork } from "../work/document-work";
import { parseDocumentName } from "../auth/roles";
import type { ContentOf, ContentReader } from "../work/content-readers";

export class ContentUnavailable extends Error {
  override name = "ContentUnavailable";
  constructor(
    readonly reason: "unreadable" | "busy",
    message: string,
  ) {
    super(message);
  }
}

export interface ReadOptions {
  /** How long to wait for a fresh reading; past it, the last one (if any) answers and the read carries on. */
  waitMs?: number;
}

export interface StoredContent {
  read<R extends ContentReader>(name: string, reader: R, options?: ReadOptions): Promise<ContentOf<R>>;
}

type Reading = { ok: true; value: unknown } | { ok: false; error: ContentUnavailable };

export function createStoredContent(options: {
  storage: DocStorage;
  work: DocumentWork;
  activity: DocumentActivity;
  /** The storage's SQLite file, when there is one: workers read large documents from it themselves. */
  sqliteFile?: string | null;
  /** Readings longer than this (as JSON) fail: no document of the app reads that large. */
  maxResultBytes?: number;
  /** Readings kept, the least recently used dropped first. */
  cacheEntries?: number;
  /**
   * A large document (worked on in a worker thread) is read again for a request that may wait
   * (the dashboard) at most this often; in between, the previous reading answers. Requests that
   * need the content as stored now (the evaluation) always read it.
   */
  refreshLargeEveryMs?: number;
  now?: () => number;
}): StoredContent {
  const { storage, work, activity } = options;
  const maxResultBytes = options.maxResultBytes ?? 4 * 1024 * 1024;
  const cacheEntries = options.cacheEntries ?? 1000;
  const refreshLargeEveryMs = options.refreshLargeEveryMs ?? 30_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { version: string; reading: Reading; at: number; large: boolean }>();
  // One reading at a time per document and reader, and at most one waiting behind it, which reads
  // whatever is stored when it starts: a document that changes while it is read is read again once,
  // however many requests came meanwhile (a reading holds the document's bytes, so a queue of them
  // would hold many copies).
  const flights = new Map<string, { current?: { version: string; reading: Promise<Reading> }; next?: Promise<Reading> }>();

  const remember = (key: string, version: string, reading: Reading, large: boolean) => {
    cache.delete(key);
    cache.set(key, { version, reading, at: now(), large });
    if (cache.size > cacheEntries) cache.delete(cache.keys().next().value as string);
  };

  const readNow = async (name: string, reader: ContentReader, large: boolean): Promise<Reading> => {
    const ref = parseDocumentName(name);
    if (!ref) return { ok: false, error: new ContentUnavailable("unreadable", "not a document name") };
    try {
      // A large document stored in SQLite is loaded by the worker itself, not through the event loop.
      const { json } =
        options.sqliteFile && large
          ? await work.run({ op: "read-stored", kind: ref.kind, reader, file: options.sqliteFile, name, maxResultBytes }, name)
          : await work.run({ op: "read", kind: ref.kind, reader, parts: await storage.load(name), maxResultBytes }, name);
      return { ok: true, value: JSON.parse(json) as unknown };
    } catch (error) {
      return { ok: false, error: new ContentUnavailable("unreadable", `the document could not be read: ${error instanceof Error ? error.message : String(error)}`) };
    }
  };

  const versionOf = async (name: string) => {
    const bytes = await storage.storedBytes(name);
    return { version: `${bytes}:${activity.lastUpdateAt([name]) ?? 0}`, large: bytes >= work.inlineBelowBytes };
  };

  /** A reading of at least `version`: the running one if it is that version, else the next one. */
  const readingOf = (name: string, reader: ContentReader, key: string, version: string): Promise<Reading> => {
    const flight = flights.get(key) ?? {};
    flights.set(key, flight);
    if (flight.current?.version === version) return flight.current.reading;
    if (flight.next) return flight.next;
    const start = (): Promise<Reading> => {
      const reading = (async (): Promise<Reading> => {
        // Appends may have landed while waiting: read what is stored now, and file it under that.
        const stored = await versionOf(name);
        const cached = cache.get(key);
        if (cached?.version === stored.version) return cached.reading;
        const fresh = await readNow(name, reader, stored.large);
        remember(key, stored.version, fresh, stored.large);
        return fresh;
      })().catch((error: unknown) => ({ ok: false as const, error: new ContentUnavailable("unreadable", `the document could not be read: ${error instanceof Error ? error.message : String(error)}`) }));
      flight.current = { version, reading };
      void reading.then(() => {
        if (flight.current?.reading !== reading) return;
        flight.current = undefined;
        if (!flight.next) flights.delete(key);
      });
      return reading;
    };
    if (!flight.current) return start();
    const next = flight.current.reading.then(() => {
      flight.next = undefined;
      return start();
    });
    flight.next = next;
    return next;
  };

  const unwrap = <T>(reading: Reading): T => {
    if (!reading.ok) throw reading.error;
    return reading.value as T;
  };

  return {
    async read<R extends ContentReader>(name: string, reader: R, readOptions: ReadOptions = {}): Promise<ContentOf<R>> {
      const key = `${reader}:${name}`;
      // Appends grow the stored bytes and commits move the activity time; compaction changes only the bytes.
      const { version } = await versionOf(name);
      const cached = cache.get(key);
      if (cached?.version === version) return unwrap(cached.reading);
      const mayWait = readOptions.waitMs !== undefined;
      // A large document changing all the time would otherwise keep a worker reading it.
      if (mayWait && cached?.reading.ok && cached.large && now() - cached.at < refreshLargeEveryMs) return cached.reading.value as ContentOf<R>;
      const fresh = readingOf(name, reader, key, version);
      if (!mayWait) return unwrap(await fresh);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), readOptions.waitMs)));
      const reading = await Promise.race([fresh, late]);
      clearTimeout(timer);
      if (reading) return unwrap(reading);
      if (cached?.reading.ok) return cached.reading.value as ContentOf<R>;
      throw new ContentUnavailable("busy", "the document is large and still being read; try again in a moment");
    },
  };
}
