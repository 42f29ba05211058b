// Idle connections: documents holding a logbook, each loaded by one connection, then many more
// connections that only sync and wait. Memory per document and per extra connection come from
// the server's RSS after a forced full GC at three points, the same way for every server.
import * as Y from "yjs";
import { inBatches } from "../lib/pool";
import { SyncClient } from "../lib/sync-client";
import type { RunningTarget } from "../lib/targets";

export interface IdleOptions {
  documents: number;
  connections: number;
  documentState: Uint8Array;
}

export interface IdleResult {
  baselineRssMb: number;
  rssWithDocumentsMb: number;
  rssWithAllConnectionsMb: number;
  perConnectionKb: number;
  perDocumentMb: number;
  /** The same differences in the V8 heap plus external memory: what the server itself keeps, without allocator slack. */
  heapPerConnectionKb: number;
  heapPerDocumentMb: number;
}

export async function idleConnections(target: RunningTarget, options: IdleOptions): Promise<IdleResult> {
  const baseline = await target.child.sample({ collectGarbage: true });

  // One connection per document brings the document's content, then waits for the server to
  // have processed it (a sync round trip), so every document is loaded and holds a logbook.
  const loaders = Array.from({ length: options.documents }, (_, index) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, options.documentState);
    return new SyncClient(target.writer(index), doc);
  });
  await inBatches(loaders, 25, async (client) => {
    await client.connect();
    await client.whenSynced();
    await client.roundTrip();
  });
  const withDocuments = await target.child.sample({ collectGarbage: true });

  const idle = Array.from({ length: options.connections - options.documents }, (_, i) => new SyncClient(target.reader(i % options.documents)));
  await inBatches(idle, 50, async (client) => {
    await client.connect();
    await client.whenSynced();
  });
  const withAll = await target.child.sample({ collectGarbage: true });
  for (const client of [...loaders, ...idle]) client.close();

  const perConnection = (withAll.rssBytes - withDocuments.rssBytes) / idle.length;
  const perDocument = (withDocuments.rssBytes - baseline.rssBytes) / options.documents - perConnection;
  const held = (sample: typeof baseline) => sample.heapUsedBytes + sample.externalBytes;
  const heapPerConnection = (held(withAll) - held(withDocuments)) / idle.length;
  const heapPerDocument = (held(withDocuments) - held(baseline)) / options.documents - heapPerConnection;
  return {
    heapPerConnectionKb: heapPerConnection / 1e3,
    heapPerDocumentMb: heapPerDocument / 1e6,
    baselineRssMb: baseline.rssBytes / 1e6,
    rssWithDocumentsMb: withDocuments.rssBytes / 1e6,
    rssWithAllConnectionsMb: withAll.rssBytes / 1e6,
    perConnectionKb: perConnection / 1e3,
    perDocumentMb: perDocument / 1e6,
  };
}
