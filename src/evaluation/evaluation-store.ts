// The final evaluation as one person's device sees it: both parts, the content they would sign
// and its hash, the server's last word on the signatures (kept for offline), this device's own
// signature, and signing itself. Signing needs no network: the signature goes to the outbox.
import { createEffect, createMemo, createResource, createSignal, on, onCleanup, type Accessor, type Resource } from "solid-js";
import { useServices } from "../app/services";
import type { SessionRecord } from "../db/schema";
import { useProjectedDocument } from "../sync/projected-document";
import { emptyStudentLogbook, readStudentLogbook } from "../logbook/student-document";
import { studentDocumentName } from "../logbook/logbook-store";
import { useFinalPart, type FinalPartStore } from "./final-part-store";
import { studentFeedbackSpec, tutorEvaluationSpec, type FinalPartSpec } from "./final-parts";
import { evaluationContent, missingParts, type EvaluationContent } from "./evaluation-content";
import { contentHash, signHash } from "./signing";
import type { EvaluationStatus } from "./evaluation-status";
import { fetchEvaluationStatus } from "./evaluation-api";
import { cacheStatus, readCachedStatus, readLocalSignature, signatureOutboxKind, writeLocalSignature, type LocalSignature } from "./signature-records";
import type { Signer } from "./certificate";
import { otherSignatureState, ownSignatureState, type OtherSignatureState, type OwnSignatureState } from "./signing-state";

export interface EvaluationStore {
  role: Signer;
  own: FinalPartStore;
  other: FinalPartStore;
  ownSpec: FinalPartSpec;
  otherSpec: FinalPartSpec;
  /** Null until the device knows its exchange (it learns it from the server when joining). */
  content: Accessor<EvaluationContent | null>;
  hash: Resource<string | null>;
  missing: Accessor<{ student: string[]; tutor: string[] } | null>;
  /** Both parts are complete: the evaluation can be signed. */
  complete: Accessor<boolean>;
  status: Accessor<{ status: EvaluationStatus; fetchedAt: number } | null>;
  mySignature: Accessor<LocalSignature | null>;
  sealed: Accessor<boolean>;
  /** Where this person's signature stands against the content as it is now. */
  ownState: Accessor<OwnSignatureState>;
  /** Where the other person's stands, from the server's last answer. */
  otherState: Accessor<OtherSignatureState>;
  /** The signed content when sealed, else the live one. */
  shownContent: Accessor<EvaluationContent | null>;
  sign(): Promise<void>;
  refresh(): Promise<void>;
}

const refreshEveryMs = 4000;

export function useEvaluation(session: SessionRecord): EvaluationStore {
  const { db, connectivity, outbox } = useServices();
  const role: Signer = session.role === "tutor" ? "tutor" : "student";
  const exchangeId = session.exchangeId ?? "";
  const [ownSpec, otherSpec] = role === "student" ? [studentFeedbackSpec, tutorEvaluationSpec] : [tutorEvaluationSpec, studentFeedbackSpec];
  const own = useFinalPart(exchangeId, session.personId, ownSpec);
  const other = useFinalPart(exchangeId, session.personId, otherSpec);
  const logbook = useProjectedDocument(studentDocumentName(exchangeId), readStudentLogbook, emptyStudentLogbook());

  const [status, setStatus] = createSignal<{ status: EvaluationStatus; fetchedAt: number } | null>(null);
  // The server's latest word on the exchange wins over the copy kept with the session: if the
  // officer corrected a name since this device joined, the signature must name the new one.
  const exchange = () => status()?.status.exchange ?? session.exchange;
  const content = createMemo(() => {
    const identity = exchange();
    if (!identity || !own.loaded() || !other.loaded() || !logbook.loaded()) return null;
    const parts = role === "student" ? { student: own.data, tutor: other.data } : { student: other.data, tutor: own.data };
    return evaluationContent({ exchange: identity, logbook: logbook.data, ...parts });
  });
  const [hash] = createResource(content, (value) => contentHash(value), { initialValue: null });
  const missing = () => {
    const value = content();
    return value ? missingParts(value) : null;
  };

  const [mySignature, setMySignature] = createSignal<LocalSignature | null>(null);
  const refresh = async () => {
    setMySignature(await readLocalSignature(db, session.personId));
    const cached = await readCachedStatus(db, session.personId);
    if (cached) setStatus(cached);
    if (!connectivity.online() || !exchangeId) return;
    try {
      const fresh = await fetchEvaluationStatus(session.token, exchangeId);
      await cacheStatus(db, session.personId, fresh);
      setStatus({ status: fresh, fetchedAt: Date.now() });
    } catch {
      // Unreachable or refused: the cached answer stays, with its date.
    }
  };
  void refresh();
  const timer = setInterval(() => void refresh(), refreshEveryMs);
  onCleanup(() => clearInterval(timer));
  createEffect(on(connectivity.online, () => void refresh(), { defer: true }));

  const sealed = () => status()?.status.sealed != null;
  const otherSigner: Signer = role === "student" ? "tutor" : "student";
  return {
    role,
    own,
    other,
    ownSpec,
    otherSpec,
    content,
    hash,
    missing,
    complete: () => {
      const value = missing();
      return value !== null && value.student.length === 0 && value.tutor.length === 0;
    },
    status,
    mySignature,
    sealed,
    ownState: () => ownSignatureState({ sealed: sealed(), mine: mySignature(), currentHash: hash() ?? null }),
    otherState: () => otherSignatureState(status()?.status ?? null, otherSigner, hash() ?? null),
    shownContent: () => status()?.status.sealed?.content ?? content(),
    async sign() {
      const current = hash();
      const identity = await db.device.get("this-device");
      if (!current || !identity) throw new Error("Nothing to sign yet.");
      const signedAt = Date.now();
      const signature = await signHash(identity.privateKey, current);
      await writeLocalSignature(db, session.personId, { exchangeId, contentHash: current, signedAt, state: "queued" });
      await outbox.add({ kind: signatureOutboxKind, personId: session.personId, payload: { exchangeId, contentHash: current, signature, signedAt } });
      await refresh();
    },
    refresh,
  };
}
