// Every Yjs write names its origin, so observers can tell a person's edit on this device from
// data arriving from the server or from IndexedDB, and sync can count only this device's work.
import type * as Y from "yjs";

export type WriteOrigin =
  | { readonly kind: "local-edit"; readonly personId: string }
  | { readonly kind: "remote" }
  | { readonly kind: "migration"; readonly version: number };

export function localEdit(personId: string): WriteOrigin {
  return { kind: "local-edit", personId };
}

export const remoteOrigin: WriteOrigin = Object.freeze({ kind: "remote" });

export function isLocalEdit(origin: unknown): origin is Extract<WriteOrigin, { kind: "local-edit" }> {
  return typeof origin === "object" && origin !== null && (origin as WriteOrigin).kind === "local-edit";
}

/** The one way stores write to a document. */
export function transactAs(doc: Y.Doc, origin: WriteOrigin, write: () => void): void {
  doc.transact(write, origin);
}

/**
 * Like transactAs, for writes a person makes: if saving on this device throws (a full disk can
 * surface as an exception from IndexedDB inside Yjs's update handlers), the change is still in
 * memory, and the failure goes to `onFailure` so the person is told instead of the app breaking.
 */
export function transactReporting(doc: Y.Doc, origin: WriteOrigin, write: () => void, onFailure: (error: unknown) => void): void {
  try {
    doc.transact(write, origin);
  } catch (error) {
    onFailure(error);
  }
}
