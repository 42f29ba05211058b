// A non-secret name for one invite link, so that a device can tell whether the link it holds is
// the one the server says still works. The server stores only the SHA-256 of a token; the name
// is a hash of that hash with a purpose prefix, so it reveals neither, and the device derives the
// same name from the link. Shared by the app and the server (WebCrypto on both).
const purpose = "aql-invite-id/1:";

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The name of the invite whose token hashes (SHA-256, hex) to `tokenHash`: what the server sends. */
export async function inviteIdOfTokenHash(tokenHash: string): Promise<string> {
  return (await sha256Hex(purpose + tokenHash)).slice(0, 24);
}

/** The name of the invite in a `/join#<token>` link: what the device compares. */
export async function inviteIdOfLink(link: string): Promise<string> {
  return inviteIdOfTokenHash(await sha256Hex(link.slice(link.indexOf("#") + 1)));
}
