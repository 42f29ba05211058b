// Base64url without padding (RFC 4648 §5), strict on input: a string that is not the exact
// encoding of its bytes is refused, so two different texts never pass for the same signature.
import { fromBase64, toBase64 } from "lib0/buffer";

export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(padded);
  } catch {
    return null;
  }
  return toBase64Url(bytes) === text ? bytes : null;
}
