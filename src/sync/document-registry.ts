// Keeps each shared document open once per app, however many screens use it, and closes it when
// the last one lets go. It is also the one place that can flush every open document to disk,
// which the update prompt does before it reloads.
import { openLocalDocument, type LocalDocument } from "./open-document";
import type { LocalWriteFailureListener } from "./local-write-errors";

export interface DocumentLease {
  readonly document: LocalDocument;
  release(): void;
}

export interface DocumentRegistry {
  acquire(name: string): DocumentLease;
  flushAll(): Promise<void>;
  saveAllAgain(): Promise<void>;
  closeAll(): Promise<void>;
}

export function createDocumentRegistry(onFailure: LocalWriteFailureListener): DocumentRegistry {
  const open = new Map<string, { document: LocalDocument; users: number }>();
  return {
    acquire(name) {
      let entry = open.get(name);
      if (!entry) {
        entry = { document: openLocalDocument(name, onFailure), users: 0 };
        open.set(name, entry);
      }
      entry.users += 1;
      const held = entry;
      let released = false;
      return {
        document: held.document,
        release() {
          if (released) return;
          released = true;
          held.users -= 1;
          if (held.users === 0 && open.get(name) === held) {
            open.delete(name);
            void held.document.flush().finally(() => held.document.destroy());
          }
        },
      };
    },
    async flushAll() {
      await Promise.all([...open.values()].map((entry) => entry.document.flush()));
    },
    async saveAllAgain() {
      await Promise.all([...open.values()].map((entry) => entry.document.saveAgain()));
    },
    async closeAll() {
      const entries = [...open.values()];
      open.clear();
      await Promise.all(entries.map((entry) => entry.document.destroy()));
    },
  };
}
