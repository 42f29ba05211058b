// Catch-up after weeks offline: two clients follow a document; a device that made 56 days × 40
// updates offline connects. Measured from the moment it opens its socket until both others hold
// all of its updates, and (ours) until the durable acknowledgement covers them.
import { performance } from "node:perf_hooks";
import * as Y from "yjs";
import { median } from "../lib/machine";
import { SyncClient } from "../lib/sync-client";
import type { RunningTarget } from "../lib/targets";
import { offlineLogbook } from "../lib/logbook";

export interface CatchUpOptions {
  /** Documents to use, one per repetition (each needs a provisioned writer). */
  documentIndexes: number[];
  /** One more document for an unmeasured first catch-up, so no server is measured with cold code. */
  warmUpIndex: number;
  days: number;
  updatesPerDay: number;
}

export interface CatchUpResult {
  updates: number;
  seenByOthersMs: number;
  /** Ours only: until the durable state vector covers the whole backlog. */
  durableMs: number | null;
  allSeenMs: number[];
}

export async function catchUp(target: RunningTarget, options: CatchUpOptions): Promise<CatchUpResult> {
  const seen: number[] = [];
  const durable: number[] = [];
  await catchUpOnce(target, options.warmUpIndex, options);
  for (const index of options.documentIndexes) {
    const times = await catchUpOnce(target, index, options);
    seen.push(times.seenMs);
    if (times.durableMs !== null) durable.push(times.durableMs);
  }
  return {
    updates: options.days * options.updatesPerDay,
    seenByOthersMs: median(seen),
    durableMs: durable.length > 0 ? median(durable) : null,
    allSeenMs: seen,
  };
}

async function catchUpOnce(target: RunningTarget, index: number, options: CatchUpOptions): Promise<{ seenMs: number; durableMs: number | null }> {
  {
    const others = [new SyncClient(target.reader(index), new Y.Doc()), new SyncClient(target.reader(index), new Y.Doc())];
    for (const other of others) {
      await other.connect();
      await other.whenSynced();
    }
    const device = new SyncClient(target.writer(index), offlineLogbook(options.days, options.updatesPerDay));
    const doc = device.doc as Y.Doc;
    const clock = Y.getState(doc.store, doc.clientID);
    const started = performance.now();
    const seenByAll = Promise.all(others.map((other) => other.whenHolds(doc.clientID, clock))).then(() => performance.now() - started);
    const durableAt = target.name === "ours" ? device.whenDurable(doc.clientID, clock).then(() => performance.now() - started) : null;
    await device.connect();
    const seenMs = await seenByAll;
    const durableMs = durableAt ? await durableAt : null;
    for (const client of [device, ...others]) client.close();
    return { seenMs, durableMs };
  }
}
