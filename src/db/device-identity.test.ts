import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { ensureDeviceIdentity } from "./device-identity";
import { openLogbookDatabase } from "./schema";

describe("device identity", () => {
  it("is created once and reused, with a non-extractable signing key", async () => {
    const db = openLogbookDatabase(`test-${crypto.randomUUID()}`);
    const first = await ensureDeviceIdentity(db);
    const second = await ensureDeviceIdentity(db);
    expect(second.deviceId).toBe(first.deviceId);
    expect(first.publicKeyJwk.crv).toBe("P-256");
    expect(first.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("jwk", first.privateKey)).rejects.toThrow();
    const signature = await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, first.privateKey, new Uint8Array([1, 2, 3]));
    const publicKey = await crypto.subtle.importKey("jwk", first.publicKeyJwk, { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]);
    expect(await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, publicKey, signature, new Uint8Array([1, 2, 3]))).toBe(true);
    db.close();
  });
});
