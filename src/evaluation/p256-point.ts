// P-256 public keys in SEC 1 compressed form (33 bytes instead of x and y, 64): a certificate's
// QR code carries two of them. WebCrypto imports only uncompressed points everywhere, so the
// verifier restores y here: y² = x³ − 3x + b (mod p), and since p ≡ 3 (mod 4) the square root
// is a single power. A wrong y cannot slip through: WebCrypto refuses a point off the curve, and
// any other point fails the signature check.
import { fromBase64Url, toBase64Url } from "./base64url";
import type { PublicKeyCoordinates } from "./signing";

const p = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const b = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

function power(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let square = base % p;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * square) % p;
    square = (square * square) % p;
  }
  return result;
}

const toBigInt = (bytes: Uint8Array) => bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);

function toBytes32(value: bigint): Uint8Array {
  const bytes = new Uint8Array(32);
  for (let index = 31, rest = value; index >= 0; index--, rest >>= 8n) bytes[index] = Number(rest & 0xffn);
  return bytes;
}

/** The 33-byte compressed form; null when a coordinate is not 32 bytes of base64url. */
export function compressPublicKey(key: PublicKeyCoordinates): Uint8Array | null {
  const x = fromBase64Url(key.x);
  const y = fromBase64Url(key.y);
  if (!x || !y || x.length !== 32 || y.length !== 32) return null;
  const compressed = new Uint8Array(33);
  compressed[0] = 2 + ((y[31] as number) & 1);
  compressed.set(x, 1);
  return compressed;
}

/** x and y again; null when the bytes are no point of the curve. */
export function decompressPublicKey(compressed: Uint8Array): PublicKeyCoordinates | null {
  const prefix = compressed[0];
  if (compressed.length !== 33 || (prefix !== 2 && prefix !== 3)) return null;
  const xBytes = compressed.subarray(1);
  const x = toBigInt(xBytes);
  if (x >= p) return null;
  const rhs = (((power(x, 3n) - 3n * x + b) % p) + p) % p;
  let y = power(rhs, (p + 1n) / 4n);
  if ((y * y) % p !== rhs) return null;
  if (Number(y & 1n) !== (prefix & 1)) y = p - y;
  return { x: toBase64Url(xBytes), y: toBase64Url(toBytes32(y)) };
}
