// This device's signing identity: an ECDSA P-256 key pair made once, with a non-extractable
// private key stored as a CryptoKey (IndexedDB keeps CryptoKeys without exposing their bytes).
import type { DeviceIdentity, LogbookDatabase } from "./schema";

export async function ensureDeviceIdentity(db: LogbookDatabase): Promise<DeviceIdentity> {
  const existing = await db.device.get("this-device");
  if (existing) return existing;
  const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign", "verify"]);
  const identity: DeviceIdentity = {
    id: "this-device",
    deviceId: crypto.randomUUID(),
    publicKeyJwk: await crypto.subtle.exportKey("jwk", pair.publicKey),
    privateKey: pair.privateKey,
    createdAt: Date.now(),
  };
  // Two tabs may race on first start; the first write wins and both use the stored identity.
  await db.transaction("rw", db.device, async () => {
    if (!(await db.device.get("this-device"))) await db.device.add(identity);
  });
  return (await db.device.get("this-device")) ?? identity;
}
