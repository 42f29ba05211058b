// Which of this device's deletions the server has not committed yet. A deletion adds no clock to
// a Yjs state vector, so the durable state vector cannot say whether it is stored; the server's
// durable delete set (message 101) can. Every deletion a person makes on this device is noted
// here when its transaction ends, kept in localStorage (synchronous, so a tab closed right after
// the deletion still remembers it), and forgotten once the server says it committed it. Only
// this device's own edits count: what arrived from the server or from IndexedDB is not work of
// this device waiting to be saved.
import type * as Y from "yjs";
import { fromBase64, toBase64 } from "lib0/buffer";
import { ClockRanges, type ClockRange } from "./clock-ranges";
import { isLocalEdit } from "./origins";

export interface UnsavedDeletions {
  /** Clocks this device deleted that the server has not yet said it committed. */
  count(): number;
  /** Those deletions, per client. */
  entries(): Map<number, ClockRange[]>;
  /** The server committed these deletions (message 101). */
  committed(deletions: ClockRanges): void;
  dispose(): void;
}

const keyOf = (documentName: string) => `aql-unsaved-deletions:${documentName}`;

function read(documentName: string): ClockRanges {
  try {
    const stored = localStorage.getItem(keyOf(documentName));
    return stored ? ClockRanges.decode(fromBase64(stored)) : new ClockRanges();
  } catch {
    return new ClockRanges();
  }
}

const isThisDevicesWork = (origin: unknown) => isLocalEdit(origin) || (typeof origin === "object" && origin !== null && (origin as { kind?: unknown }).kind === "migration");

export function trackUnsavedDeletions(doc: Y.Doc, documentName: string): UnsavedDeletions {
  const pending = read(documentName);
  const write = () => {
    try {
      if (pending.isEmpty) localStorage.removeItem(keyOf(documentName));
      else localStorage.setItem(keyOf(documentName), toBase64(pending.encode()));
    } catch {
      // localStorage full or unavailable: this session still knows; a reload would forget.
    }
  };
  const onTransaction = (transaction: Y.Transaction) => {
    if (!isThisDevicesWork(transaction.origin) || transaction.deleteSet.clients.size === 0) return;
    for (const [client, items] of transaction.deleteSet.clients) for (const item of items) pending.add(client, item.clock, item.len);
    write();
  };
  doc.on("afterTransaction", onTransaction);
  return {
    count: () => pending.totalLength(),
    entries: () => pending.entries(),
    committed(deletions) {
      if (pending.isEmpty) return;
      const before = pending.totalLength();
      pending.removeAll(deletions.entries());
      if (pending.totalLength() !== before) write();
    },
    dispose() {
      doc.off("afterTransaction", onTransaction);
    },
  };
}
