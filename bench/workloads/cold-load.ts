// Cold load: a freshly started server and stored documents (a logbook each). One client after
// the other asks for a document with an empty state vector; the time runs from opening the
// socket until the document's state arrives (the server loaded it from storage to answer).
import { performance } from "node:perf_hooks";
import { median } from "../lib/machine";
import { SyncClient } from "../lib/sync-client";
import type { RunningTarget } from "../lib/targets";

export interface ColdLoadResult {
  documents: number;
  perDocumentMs: number;
  medianMs: number;
}

export async function coldLoad(target: RunningTarget, documents: number, minimumStateBytes: number): Promise<ColdLoadResult> {
  const times: number[] = [];
  const started = performance.now();
  for (let index = 0; index < documents; index++) {
    const client = new SyncClient(target.reader(index));
    const begun = performance.now();
    await client.connect();
    await client.whenSynced();
    times.push(performance.now() - begun);
    if (client.stateBytesReceived < minimumStateBytes) throw new Error(`${target.name} answered document ${index} without its stored state`);
    client.close();
  }
  return { documents, perDocumentMs: (performance.now() - started) / documents, medianMs: median(times) };
}
