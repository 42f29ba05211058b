// Where the dashboard learns who signed an exchange's final evaluation and whether its
// certificate exists. Co-signing is not built yet: this lookup knows no signatures, so every
// exchange shows "signed by nobody, certificate not ready" until the co-signing feature
// provides a lookup backed by its own table. No made-up data in the meantime.
import type { EvaluationSignatures } from "../../../src/exchanges/dashboard-row";

export interface SignatureLookup {
  signaturesOf(exchangeId: string): EvaluationSignatures;
}

export const noSignaturesYet: SignatureLookup = {
  signaturesOf: () => ({ signedBy: [], certificateReady: false }),
};
