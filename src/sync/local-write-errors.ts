// Turns IndexedDB failures (quota exceeded, blocked or closed database) into something the UI
// can show. y-indexeddb writes in the background and would otherwise lose the error silently;
// IndexedDB error and abort events bubble up to the database, so listening there catches them.
export type LocalWriteFailureKind = "quota" | "blocked" | "other";

export interface LocalWriteFailure {
  kind: LocalWriteFailureKind;
  message: string;
  at: number;
}

export type LocalWriteFailureListener = (failure: LocalWriteFailure) => void;

export function classifyStorageError(error: unknown): LocalWriteFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  const kind: LocalWriteFailureKind =
    name === "QuotaExceededError" || /quota/i.test(message)
      ? "quota"
      : name === "InvalidStateError" || name === "VersionError" || /blocked|closing/i.test(message)
        ? "blocked"
        : "other";
  return { kind, message, at: Date.now() };
}

export function watchDatabaseFailures(db: IDBDatabase, report: LocalWriteFailureListener): () => void {
  const onFailure = (event: Event) => {
    const target = event.target as IDBRequest | IDBTransaction | null;
    const error = target && "error" in target ? target.error : null;
    if (error) report(classifyStorageError(error));
  };
  const onVersionChange = () => {
    // Another tab is upgrading the schema: close so it is not blocked, and tell the person.
    db.close();
    report({ kind: "blocked", message: "versionchange", at: Date.now() });
  };
  db.addEventListener("error", onFailure);
  db.addEventListener("abort", onFailure);
  db.addEventListener("versionchange", onVersionChange);
  return () => {
    db.removeEventListener("error", onFailure);
    db.removeEventListener("abort", onFailure);
    db.removeEventListener("versionchange", onVersionChange);
  };
}
