import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { classifyStorageError, watchDatabaseFailures, type LocalWriteFailure } from "./local-write-errors";

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.result.createObjectStore("updates", { autoIncrement: true });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe("local write failures", () => {
  it("reports a transaction the browser aborts for lack of space, as y-indexeddb's writes are", async () => {
    const db = await openDatabase(`quota-${Math.random()}`);
    const seen: LocalWriteFailure[] = [];
    watchDatabaseFailures(db, (failure) => seen.push(failure));
    const tx = db.transaction("updates", "readwrite");
    tx.objectStore("updates").add(new Uint8Array([1, 2, 3]));
    await new Promise<void>((resolve) => {
      tx.addEventListener("abort", () => resolve());
      // What a browser does when the write would exceed the quota (fake-indexeddb's own hook).
      (tx as unknown as { _abort(name: string): void })._abort("QuotaExceededError");
    });
    expect(seen.map((failure) => failure.kind)).toContain("quota");
    db.close();
  });

  it("stops listening when asked", async () => {
    const db = await openDatabase(`quota-${Math.random()}`);
    const seen: LocalWriteFailure[] = [];
    const stop = watchDatabaseFailures(db, (failure) => seen.push(failure));
    stop();
    const tx = db.transaction("updates", "readwrite");
    await new Promise<void>((resolve) => {
      tx.addEventListener("abort", () => resolve());
      (tx as unknown as { _abort(name: string): void })._abort("QuotaExceededError");
    });
    expect(seen).toEqual([]);
    db.close();
  });

  it("classifies the errors people can act on", () => {
    expect(classifyStorageError(new DOMException("x", "QuotaExceededError")).kind).toBe("quota");
    expect(classifyStorageError(new DOMException("The database connection is closing.", "InvalidStateError")).kind).toBe("blocked");
    expect(classifyStorageError(new Error("disk I/O")).kind).toBe("other");
  });
});
