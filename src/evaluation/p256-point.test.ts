import { describe, expect, it } from "vitest";
import { newSigningKey } from "../../test/helpers/evaluation-samples";
import { compressPublicKey, decompressPublicKey } from "./p256-point";

describe("compressed P-256 public keys", () => {
  it("restores the very x and y WebCrypto exported, for keys of either parity", async () => {
    const parities = new Set<number>();
    for (let index = 0; index < 40; index++) {
      const { publicKey } = await newSigningKey();
      const compressed = compressPublicKey(publicKey)!;
      expect(compressed).toHaveLength(33);
      parities.add(compressed[0] as number);
      expect(decompressPublicKey(compressed)).toEqual(publicKey);
    }
    expect(parities).toEqual(new Set([2, 3]));
  });

  it("refuses bytes that are no point of the curve or not a compressed point", async () => {
    const compressed = compressPublicKey((await newSigningKey()).publicKey)!;
    expect(decompressPublicKey(compressed.slice(0, 32))).toBeNull();
    expect(decompressPublicKey(new Uint8Array([4, ...compressed.slice(1)]))).toBeNull();
    // x = p - 1 is below p; about half of all x have no y, and x ≥ p is refused outright.
    expect(decompressPublicKey(new Uint8Array([2, ...new Array<number>(32).fill(0xff)]))).toBeNull();
    let offCurve = 0;
    for (let x = 1; x <= 20; x++) if (decompressPublicKey(new Uint8Array([2, ...new Array<number>(31).fill(0), x])) === null) offCurve++;
    expect(offCurve).toBeGreaterThan(0);
    expect(offCurve).toBeLessThan(20);
  });
});
