// Property test, Node against the browser: the app's canonicalisation, hashing and verification
// give the same answers in both, and every single-byte change of the signed content, of either
// person's signature, of the certificate's claims or of the server's attestation is refused, in
// the page as in Node. The page gets the app's own src/evaluation modules, bundled with esbuild
// from signing-bundle.ts, which the test process imports too.
//
// Where the page runs: the server sends its CSP (`script-src 'self'`, no inline script) with
// every response, /healthz included, so `addScriptTag({ content })` is refused on every page it
// serves (checked: "Executing inline script violates … script-src 'self'"). Rather than a page of
// our own without the CSP, the test opens the real server's /healthz and loads the bundle as a
// same-origin script URL that `page.route` answers: the CSP allows it, so the signing code runs
// on the server's origin (a secure context, with crypto.subtle) and under the app's own CSP.
// /healthz rather than the app shell, so that no service worker or app code runs alongside.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { seededRandom, type SeededRandom } from "../helpers/seeded-random";
import { sampleEvaluation, signedSample } from "../helpers/evaluation-samples";
import { splitCertificate } from "../../src/evaluation/certificate";
import { canonicalJson, utf8 } from "../../src/evaluation/signing";
import {
  canonicalForms,
  claimsLayout,
  mutationReports,
  verificationResults,
  type CanonicalForm,
  type MutationReports,
  type ParityInput,
  type SignerInput,
  type VerificationResults,
} from "./signing-bundle";

// Playwright loads this file in the runner and again in the worker, and the title must be the same
// in both: the runner picks the seed once and the worker, started later, inherits it.
process.env.PROPERTY_SEED ??= String(Date.now() % 1_000_000);
const seed = Number(process.env.PROPERTY_SEED);
const samples = 3;

async function signingBundle(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("./signing-bundle.ts", import.meta.url))],
    bundle: true,
    format: "iife",
    globalName: "aqlSigning",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

async function openSigningPage(page: Page, serverUrl: string, bundle: string): Promise<void> {
  const scriptUrl = `${serverUrl}/parity-signing.js`;
  await page.route(scriptUrl, (route) => route.fulfill({ contentType: "text/javascript; charset=utf-8", body: bundle }));
  const response = await page.goto(`${serverUrl}/healthz`);
  expect(response?.ok()).toBe(true);
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
  await page.addScriptTag({ url: scriptUrl });
  expect(await page.evaluate("isSecureContext && typeof crypto.subtle.verify === 'function' && typeof aqlSigning.mutationReports === 'function'")).toBe(true);
}

/** Calls an `aqlSigning` function in the page with JSON-able arguments, written into the expression. */
function inPage<T>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(`aqlSigning.${name}(...${JSON.stringify(args)})`) as Promise<T>;
}

/** The same value with every object's keys in another order, chosen by `order`. */
function reordered(value: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => reordered(item, order));
  if (value === null || typeof value !== "object") return value;
  const entries = new Map(Object.entries(value));
  return Object.fromEntries(order([...entries.keys()]).map((key) => [key, reordered(entries.get(key), order)]));
}

// Canonicalisation's corners besides the samples: key order by UTF-16 code units, numbers in
// ECMAScript form, escapes.
const corners = '{"😀":1,"é":2,"\\u20ac":3,"z":4,"a\\u0000":5,"n":[1e21,1e-7,0.30000000000000004,-0.5,5e-324,100],"s":"\\u001f\\"\\\\/\\u2028"}';

function variantsOf(content: unknown, random: SeededRandom): string[] {
  const original = JSON.stringify(content);
  const variants = [
    JSON.stringify(reordered(content, (keys) => keys.reverse())),
    JSON.stringify(reordered(content, (keys) => keys.sort().reverse())),
    JSON.stringify(reordered(content, (keys) => random.shuffle(keys))),
  ];
  for (const variant of variants) expect(variant, "a variant really reorders keys").not.toBe(original);
  return [original, ...variants];
}

const rejectedAll = (outcome: string) => outcome !== "accepted" && !outcome.startsWith("ok");

test(`signing parity: canonical JSON, hashes and verification agree in Node and the browser; every single-byte change is refused (seed ${seed}, ${samples} samples)`, async ({
  isolatedBrowser: browser,
  server,
}) => {
  test.setTimeout(240_000);
  const page = await (await browser.newContext()).newPage();
  await openSigningPage(page, server.url, await signingBundle());

  for (let index = 0; index < samples; index++) {
    await test.step(`sample ${index + 1} (seed ${seed + index})`, async () => {
      const random = seededRandom(seed + index);
      const sample = await signedSample(sampleEvaluation(random));
      const parts = splitCertificate(sample.payload);
      if (!parts) throw new Error("the sample's certificate does not split");

      // 1. Canonical JSON and hash: the content, the same content with its keys reordered and
      //    the corner cases; the certificate's claims read the same in both, from bytes that
      //    are exactly their encoding.
      const texts = [...variantsOf(sample.content, random), corners];
      const [nodeForms, pageForms] = await Promise.all([canonicalForms(texts), inPage<CanonicalForm[]>(page, "canonicalForms", texts)]);
      expect(pageForms).toEqual(nodeForms);
      const contentForms = pageForms.slice(0, -1);
      for (const form of contentForms) expect(form).toEqual({ canonical: canonicalJson(sample.content), hash: sample.hash });
      const [nodeLayout, pageLayout] = [claimsLayout(sample.payload), await inPage<ReturnType<typeof claimsLayout>>(page, "claimsLayout", sample.payload)];
      expect(pageLayout, "the server's claims, read in the page").toEqual(nodeLayout);
      expect(pageLayout.exact && pageLayout.claims?.contentHash).toBe(sample.hash);

      // 2. Signatures made in Node verify in the page, one made in the page with its own
      //    non-extractable key verifies in Node, and both give the same answer for every pair of
      //    key and signature and for the certificate.
      const browserSigner = await inPage<SignerInput & { privateKeyExtractable: boolean }>(page, "freshSigner", sample.hash);
      expect(browserSigner.privateKeyExtractable).toBe(false);
      const signers: SignerInput[] = [sample.student, sample.tutor, { publicKey: browserSigner.publicKey, signature: browserSigner.signature }];
      const [nodeResults, pageResults] = await Promise.all([
        verificationResults(sample.hash, signers, sample.payload, sample.trusted),
        inPage<VerificationResults>(page, "verificationResults", sample.hash, signers, sample.payload, sample.trusted),
      ]);
      const expected: VerificationResults = {
        signatures: signers.map((_, key) => signers.map((_, signed) => key === signed)),
        certificate: { trusted: `ok:${sample.hash}`, untrusted: "unknown-issuer" },
      };
      expect(pageResults).toEqual(expected);
      expect(nodeResults).toEqual(pageResults);

      // 3. Every single-byte change, in the page and in Node, from the same seed.
      const input: ParityInput = {
        contentJson: JSON.stringify(sample.content),
        hash: sample.hash,
        student: sample.student,
        tutor: sample.tutor,
        payload: sample.payload,
        trusted: sample.trusted,
        mutationSeed: random.int(2 ** 31),
      };
      const [nodeReports, pageReports] = await Promise.all([mutationReports(input), inPage<MutationReports>(page, "mutationReports", input)]);
      const lengths: Record<keyof MutationReports, number> = {
        content: utf8(canonicalJson(sample.content)).length,
        studentSignature: 64,
        tutorSignature: 64,
        claims: parts.claims.length,
        serverSignature: parts.signature.length,
      };
      for (const [category, length] of Object.entries(lengths) as [keyof MutationReports, number][]) {
        const report = pageReports[category];
        expect(report.original, `${category}: the unchanged input verifies`).toMatch(/^(accepted|ok:)/);
        expect(report.checked, `${category}: changes checked in the page`).toBe(2 * length);
        expect(report.rejected, `${category}: changes refused in the page`).toBe(report.checked);
        expect(report.outcomes.filter((outcome) => !rejectedAll(outcome)), `${category}: changes accepted`).toEqual([]);
        // The same changes (same fingerprint), the same counts and the same answer for each.
        expect(nodeReports[category], `${category}: Node agrees with the page`).toEqual(report);
      }
      expect(new Set(pageReports.serverSignature.outcomes)).toEqual(new Set(["attestation"]));
      for (const problem of pageReports.claims.outcomes) expect(["attestation", "unknown-issuer"]).toContain(problem);

      const problems = (report: { outcomes: string[] }) =>
        Object.entries(report.outcomes.reduce<Record<string, number>>((counts, outcome) => ({ ...counts, [outcome]: (counts[outcome] ?? 0) + 1 }), {}))
          .map(([outcome, count]) => `${outcome} ${count}`)
          .join(", ");
      test.info().annotations.push({
        type: `sample ${index + 1}`,
        description: Object.entries(pageReports)
          .map(([category, report]) => `${category}: ${report.rejected}/${report.checked} refused (${problems(report)})`)
          .join("; "),
      });
    });
  }
});
