// The server's own signing key, which attests sealed evaluations on certificates. Made once, on
// first start, and kept in the database so certificates stay verifiable across restarts; only
// its public half ever leaves the server (GET /api/attestation-key).
import type Database from "better-sqlite3";
import { trustedKeyOf, type TrustedKey } from "../../../src/evaluation/certificate";

export interface AttestationKey extends TrustedKey {
  privateKey: CryptoKey;
}

const p256 = { name: "ECDSA", namedCurve: "P-256" } as const;

export async function loadOrCreateAttestationKey(db: Database.Database): Promise<AttestationKey> {
  const stored = db.prepare<[], { private_jwk: string; public_jwk: string }>("SELECT private_jwk, public_jwk FROM attestation_keys ORDER BY created_at, key_id LIMIT 1");
  if (!stored.get()) {
    const pair = await crypto.subtle.generateKey(p256, true, ["sign", "verify"]);
    const publicJwk = await crypto.subtle.exportKey("jwk", pair.publicKey);
    const { keyId } = await trustedKeyOf({ x: publicJwk.x as string, y: publicJwk.y as string });
    db.prepare("INSERT OR IGNORE INTO attestation_keys (key_id, public_jwk, private_jwk, created_at) VALUES (?, ?, ?, ?)").run(
      keyId,
      JSON.stringify(publicJwk),
      JSON.stringify(await crypto.subtle.exportKey("jwk", pair.privateKey)),
      Date.now(),
    );
  }
  // Read back what is stored, so that if two starts raced, both use the key that was kept.
  const row = stored.get() as { private_jwk: string; public_jwk: string };
  const publicJwk = JSON.parse(row.public_jwk) as JsonWebKey;
  const trusted = await trustedKeyOf({ x: publicJwk.x as string, y: publicJwk.y as string });
  const privateKey = await crypto.subtle.importKey("jwk", JSON.parse(row.private_jwk) as JsonWebKey, p256, false, ["sign"]);
  return { ...trusted, privateKey };
}
