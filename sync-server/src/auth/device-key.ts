// A device's public key arrives as a JWK at redeem time and is trusted for every signature that
// device makes. Its coordinates must be a point on P-256: a key that is not would make every
// later signature check fail (or, with a less careful verifier, pass for the wrong reasons), and
// the person would find out only when signing the evaluation. WebCrypto's import checks it.
import { webcrypto } from "node:crypto";

export async function isUsableP256PublicKey(key: JsonWebKey): Promise<boolean> {
  try {
    await webcrypto.subtle.importKey("jwk", { kty: "EC", crv: "P-256", x: key.x, y: key.y }, { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
    return true;
  } catch {
    return false;
  }
}
