// The work on whole documents that the server moves off its event loop: merging a document's
// updates, answering a sync step 1 (a diff against the whole state), reading a stored document
// safely, and running a reader on it. Pure functions of bytes, run in a worker thread for large
// documents and inline for small ones (document-work.ts); results that are large byte arrays are
// put in shared memory, so handing them to the event loop copies nothing.
import * as Y from "yjs";
import type { DocumentKind } from "../auth/roles";
import { encodeSyncStep2 } from "../protocol/messages";
import { mergeParts, readStoredState, UnreadableDocument, type StoredState } from "./stored-state";
import { contentReaders, type ContentReader } from "./content-readers";

export type Job =
  | { op: "merge"; parts: Uint8Array[] }
  | { op: "diff"; parts: Uint8Array[]; stateVector: Uint8Array }
  | { op: "load"; kind: DocumentKind; parts: Uint8Array[] }
  | { op: "read"; kind: DocumentKind; reader: ContentReader; parts: Uint8Array[]; maxResultBytes: number };

/** A read whose worker loads the document from a SQLite file itself, so its bytes never pass through the event loop. */
export type StoredReadJob = { op: "read-stored"; kind: DocumentKind; reader: ContentReader; file: string; name: string; maxResultBytes: number };

export interface JobResults {
  merge: { merged: Uint8Array };
  /** `answer` is the whole sync step 2 message, framed here so a large one is never copied on the event loop. */
  diff: { merged: Uint8Array; answer: Uint8Array };
  load: StoredState;
  /** The reader's result as JSON: a string crosses threads in one copy, an object graph in many. */
  read: { json: string };
}

export type JobResult<J extends Job | StoredReadJob> = J extends StoredReadJob ? JobResults["read"] : JobResults[Exclude<J, StoredReadJob>["op"]];

/** A copy in shared memory, unless it already is. */
export function shared(bytes: Uint8Array): Uint8Array {
  if (bytes.buffer instanceof SharedArrayBuffer) return bytes;
  const copy = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  copy.set(bytes);
  return copy;
}

/** Only Y.Doc updates whose state vector is empty get the whole state as their diff. */
const isEmptyStateVector = (stateVector: Uint8Array) => stateVector.length === 1 && stateVector[0] === 0;

function readContent(job: Extract<Job, { op: "read" }>): { json: string } {
  const { state } = readStoredState(job.kind, job.parts);
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const json = JSON.stringify(contentReaders[job.reader](doc));
    if (json.length > job.maxResultBytes) throw new UnreadableDocument(`the document reads as ${json.length} characters, more than the ${job.maxResultBytes} allowed`);
    return { json };
  } finally {
    doc.destroy();
  }
}

export function runJob<J extends Job>(job: J): JobResult<J> {
  switch (job.op) {
    case "merge":
      return { merged: shared(mergeParts(job.parts)) } as JobResult<J>;
    case "diff": {
      const merged = mergeParts(job.parts);
      const diff = isEmptyStateVector(job.stateVector) ? merged : Y.diffUpdate(merged, job.stateVector);
      return { merged: shared(merged), answer: shared(encodeSyncStep2(diff)) } as JobResult<J>;
    }
    case "load": {
      const loaded = readStoredState(job.kind, job.parts);
      return { ...loaded, state: shared(loaded.state) } as JobResult<J>;
    }
    case "read":
      return readContent(job) as JobResult<J>;
  }
}
