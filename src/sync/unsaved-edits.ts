// A synchronous safety net under y-indexeddb. IndexedDB writes are asynchronous: a tab closed or
// reloaded a few milliseconds after a keystroke can lose that write. Every local update is also
// appended to localStorage (synchronous, survives a reload) until IndexedDB has committed it,
// and anything found there when the document opens is applied again.
import * as Y from "yjs";
import { fromBase64, toBase64 } from "lib0/buffer";

const keyOf = (documentName: string) => `aql-unsaved:${documentName}`;

function read(documentName: string): string[] {
  try {
    const stored = localStorage.getItem(keyOf(documentName));
    const parsed: unknown = stored ? JSON.parse(stored) : [];
    return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === "string") : [];
  } catch {
    return [];
  }
}

export interface UnsavedEdits {
  /** Remembers an update until `committed` says IndexedDB has it. Returns a marker for that. */
  remember(update: Uint8Array): number;
  /** IndexedDB has committed everything remembered up to `marker`. */
  committed(marker: number): void;
  /** Applies what a previous page left behind, after the stored state has loaded. */
  restoreInto(doc: Y.Doc, origin: unknown): void;
}

export function createUnsavedEdits(documentName: string): UnsavedEdits {
  let pending: { marker: number; update: string }[] = [];
  let next = 0;
  const write = () => {
    try {
      if (pending.length === 0) localStorage.removeItem(keyOf(documentName));
      else localStorage.setItem(keyOf(documentName), JSON.stringify(pending.map((entry) => entry.update)));
    } catch {
      // localStorage full or unavailable: IndexedDB is still the store; this is only a net.
    }
  };
  return {
    remember(update) {
      next += 1;
      pending.push({ marker: next, update: toBase64(update) });
      write();
      return next;
    },
    committed(marker) {
      const before = pending.length;
      pending = pending.filter((entry) => entry.marker > marker);
      if (pending.length !== before) write();
    },
    restoreInto(doc, origin) {
      const left = read(documentName);
      if (left.length === 0) return;
      doc.transact(() => {
        for (const update of left) {
          try {
            Y.applyUpdate(doc, fromBase64(update));
          } catch {
            // A damaged entry is skipped; the others still apply.
          }
        }
      }, origin);
    },
  };
}
