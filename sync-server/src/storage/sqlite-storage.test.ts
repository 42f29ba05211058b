/**
 * Runs the shared DocStorage conformance suite against the SQLite backend on
 * a real file in a fresh temp dir, plus what only SQLite has: durability
 * pragmas, schema versioning, group commit atomicity, write failures and a
 * connection shared with the server's other tables.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type DocStorage, type StorageOptions, StorageError } from "./doc-storage";
import { SQLITE_SCHEMA_VERSION, createSqliteStorage, openSqliteDatabase, type SqliteDocStorage } from "./sqlite-storage";
import { describeDocStorageConformance } from "./storage-conformance";

const makeTempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "aql-doc-storage-"));

/** A fresh file per suite run; `view` is what the suite sees of each storage opened on it. */
const onFreshFile =
  (extra: { compactInWorker?: boolean }, view: (storage: SqliteDocStorage) => DocStorage = (storage) => storage) =>
  async (options: StorageOptions | undefined) => {
    const dir = makeTempDir();
    const file = path.join(dir, "sync.db");
    const opened: DocStorage[] = [];
    const openOne = () => {
      const storage = createSqliteStorage(file, { ...options, ...extra });
      opened.push(storage);
      return view(storage);
    };
    return {
      storage: openOne(),
      reopen: async () => openOne(),
      cleanup: async () => {
        for (const storage of opened) await storage.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  };

describeDocStorageConformance("sqlite", onFreshFile({}));

// The server compacts in a worker thread, so automatic compaction finishes after the append that
// triggered it; waiting for it after each append lets the same suite check the end state.
describeDocStorageConformance(
  "sqlite, compacting in a worker thread",
  onFreshFile({ compactInWorker: true }, (storage) => ({
    ...storage,
    append: async (doc, updates) => {
      await storage.append(doc, updates);
      await storage.compactionsSettled();
    },
  })),
);

function someUpdates(text: string): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (const char of text) doc.getText("body").insert(doc.getText("body").length, char);
  return { doc, updates };
}

describe("sqlite storage", () => {
  let dir = "";
  let file = "";
  const toClose: Array<{ close(): unknown }> = [];
  const track = <T extends { close(): unknown }>(handle: T): T => (toClose.push(handle), handle);

  afterEach(async () => {
    for (const handle of toClose.splice(0).reverse()) await handle.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  const freshFile = () => {
    dir = makeTempDir();
    file = path.join(dir, "sync.db");
    return file;
  };

  it("has acknowledged data on disk: another connection and a reopened storage see it", async () => {
    const storage = track(createSqliteStorage(freshFile()));
    const { updates } = someUpdates("durable");
    await storage.append("d", updates);
    // Without closing the writer: the COMMIT happened before append resolved.
    const reader = track(createSqliteStorage(file));
    expect(await reader.load("d")).toEqual(updates);
    await storage.close();
    await reader.close();
    expect(await track(createSqliteStorage(file)).load("d")).toEqual(updates);
  });

  it("uses WAL, synchronous=FULL, a busy timeout and records the schema version", async () => {
    const storage = track(createSqliteStorage(freshFile()));
    for (const db of [storage.db, track(openSqliteDatabase(file))]) {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(db.pragma("synchronous", { simple: true })).toBe(2);
      expect(db.pragma("busy_timeout", { simple: true })).toBe(5000);
    }
    expect(storage.db.pragma("user_version", { simple: true })).toBe(SQLITE_SCHEMA_VERSION);
  });

  it("applies the pragmas to a connection handed in, shares it and leaves it open", async () => {
    const db = track(new Database(freshFile()));
    db.exec("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)");
    const storage = createSqliteStorage(file, { db });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("synchronous", { simple: true })).toBe(2);
    const { updates } = someUpdates("shared");
    await storage.append("d", updates);
    await storage.close();
    expect(db.open).toBe(true);
    db.prepare("INSERT INTO people (name) VALUES (?)").run("Ada");
    expect(db.prepare("SELECT COUNT(*) AS n FROM doc_updates").get()).toEqual({ n: updates.length });
  });

  it("passes integrity_check after appends and compactions", async () => {
    const storage = track(createSqliteStorage(freshFile(), { compactAfterUpdates: 7 }));
    const { updates } = someUpdates("integrity after a mixed workload of appends and compactions");
    await Promise.all(updates.map((update, i) => storage.append(`doc-${i % 3}`, [update])));
    await storage.compact("doc-1");
    expect(storage.db.pragma("integrity_check", { simple: true })).toBe("ok");
  });

  it("refuses a file whose schema is newer than this code", () => {
    const db = new Database(freshFile());
    db.pragma("user_version = 99");
    db.close();
    expect(() => createSqliteStorage(file)).toThrow(StorageError);
  });

  it("writes appends of one turn in one transaction: one failure rejects the whole batch", async () => {
    const storage = track(createSqliteStorage(freshFile()));
    const { updates } = someUpdates("group commit");
    await storage.append("earlier", updates);
    // A schema trigger, not a TEMP one: the commits run on the storage's second connection.
    storage.db.exec(`CREATE TRIGGER poison BEFORE INSERT ON doc_updates WHEN NEW.doc = 'poison'
      BEGIN SELECT RAISE(ABORT, 'poisoned'); END`);
    const results = await Promise.allSettled([
      storage.append("a", updates.slice(0, 2)),
      storage.append("poison", updates.slice(0, 1)),
      storage.append("b", updates.slice(2)),
    ]);
    for (const result of results) {
      expect(result.status).toBe("rejected");
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(StorageError);
    }
    expect(await storage.listDocuments()).toEqual(["earlier"]);
    expect(await storage.load("earlier")).toEqual(updates);
    // The next turn is a new batch and is not affected.
    await storage.append("a", updates);
    expect(await storage.load("a")).toEqual(updates);
  });

  it("rejects append with StorageError when the disk is full, keeping earlier data", async () => {
    const storage = track(createSqliteStorage(freshFile()));
    const { updates } = someUpdates("before the disk filled up");
    await storage.append("d", updates);
    // max_page_count is per connection and the commits run on the storage's own second one, so
    // the full disk is played by a schema trigger failing with SQLite's disk-full message.
    storage.db.exec(`CREATE TRIGGER disk_full BEFORE INSERT ON doc_updates WHEN length(NEW.data) > 100000
      BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END`);
    const big = new Uint8Array(256 * 1024).fill(7);
    await expect(storage.append("d", [updates[0]!, big])).rejects.toBeInstanceOf(StorageError);
    expect(await storage.load("d")).toEqual(updates);
    expect(storage.db.pragma("integrity_check", { simple: true })).toBe("ok");
    storage.db.exec("DROP TRIGGER disk_full");
    await storage.append("d", [big]);
    expect(await storage.load("d")).toEqual([...updates, big]);
  });

  it("rejects append with StorageError when the database is closed, keeping earlier data", async () => {
    const db = openSqliteDatabase(freshFile());
    const storage = createSqliteStorage(file, { db });
    const { updates } = someUpdates("before closing");
    await storage.append("d", updates);
    db.close();
    await expect(storage.append("d", updates)).rejects.toBeInstanceOf(StorageError);
    await expect(storage.load("d")).rejects.toBeInstanceOf(StorageError);
    expect(await storage.checkWritable()).toBe(false);
    const reopened = track(createSqliteStorage(file));
    expect(await reopened.load("d")).toEqual(updates);
    expect(await reopened.checkWritable()).toBe(true);
  });

  it("rolls back a failed compaction and reports a failed automatic one", async () => {
    const failures: StorageError[] = [];
    const storage = track(
      createSqliteStorage(freshFile(), { compactAfterUpdates: 2, onCompactionError: (_doc, error) => failures.push(error) }),
    );
    const { updates } = someUpdates("x");
    const garbage = new Uint8Array([255, 255, 255, 255]);
    await storage.append("d", [updates[0]!, garbage]);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(StorageError);
    await expect(storage.compact("d")).rejects.toBeInstanceOf(StorageError);
    expect(await storage.load("d")).toEqual([updates[0], garbage]);
  });

  it("checkWritable commits to the meta table only", async () => {
    const storage = track(createSqliteStorage(freshFile()));
    expect(await storage.checkWritable()).toBe(true);
    expect(await storage.listDocuments()).toEqual([]);
    const row = storage.db.prepare("SELECT value FROM doc_storage_meta WHERE key = 'last_write_check'").get();
    expect(row).toEqual({ value: expect.any(Number) });
  });
});
