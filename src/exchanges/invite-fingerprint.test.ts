import { describe, expect, it } from "vitest";
import { createToken, hashToken } from "../../sync-server/src/auth/tokens";
import { inviteIdOfLink, inviteIdOfTokenHash } from "./invite-fingerprint";

describe("invite fingerprint", () => {
  it("the device's name for a link equals the server's name for its stored hash", async () => {
    const token = createToken();
    expect(await inviteIdOfLink(`https://logbook.example.org/join#${token}`)).toBe(await inviteIdOfTokenHash(hashToken(token)));
  });
  it("differs between links and reveals neither the token nor its stored hash", async () => {
    const [a, b] = [createToken(), createToken()];
    const id = await inviteIdOfTokenHash(hashToken(a));
    expect(id).not.toBe(await inviteIdOfTokenHash(hashToken(b)));
    expect(hashToken(a)).not.toContain(id);
    expect(id).toMatch(/^[0-9a-f]{24}$/);
  });
});
