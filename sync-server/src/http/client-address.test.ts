import { describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import { clientAddress, parseTrustProxy } from "./client-address";

const request = (peer: string, forwardedFor?: string | string[]) =>
  ({ socket: { remoteAddress: peer }, headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor } }) as unknown as IncomingMessage;

describe("the client's address", () => {
  it("is the socket's without TRUST_PROXY, whatever the header says", () => {
    for (const value of [undefined, "", "false", "0"]) expect(clientAddress(request("10.0.0.5", "203.0.113.9"), parseTrustProxy(value))).toBe("10.0.0.5");
  });

  it("with a hop count, is what the nearest proxies saw: the header's entries from the right", () => {
    const one = parseTrustProxy("1");
    expect(clientAddress(request("127.0.0.1", "203.0.113.9"), one)).toBe("203.0.113.9");
    // A client's own header is only the left part: the proxy appends what it saw.
    expect(clientAddress(request("127.0.0.1", "198.51.100.1, 203.0.113.9"), one)).toBe("203.0.113.9");
    expect(clientAddress(request("127.0.0.1", "198.51.100.1, 203.0.113.9, 10.0.0.2"), parseTrustProxy("2"))).toBe("203.0.113.9");
    expect(clientAddress(request("127.0.0.1"), one)).toBe("127.0.0.1");
    expect(clientAddress(request("127.0.0.1", "203.0.113.9"), parseTrustProxy("5"))).toBe("203.0.113.9");
  });

  it("with addresses, believes the header only from them, walking past every trusted hop", () => {
    const trust = parseTrustProxy("127.0.0.1, 10.0.0.0/8");
    expect(clientAddress(request("127.0.0.1", "203.0.113.9"), trust)).toBe("203.0.113.9");
    expect(clientAddress(request("127.0.0.1", "198.51.100.1, 203.0.113.9, 10.1.2.3"), trust)).toBe("203.0.113.9");
    expect(clientAddress(request("192.0.2.4", "203.0.113.9"), trust)).toBe("192.0.2.4");
    expect(clientAddress(request("::ffff:127.0.0.1", ["203.0.113.9", "10.0.0.1"]), trust)).toBe("203.0.113.9");
    expect(clientAddress(request("::1", "2001:db8::5"), parseTrustProxy("loopback"))).toBe("2001:db8::5");
    // Everything trusted: the leftmost is as far as anyone can tell.
    expect(clientAddress(request("127.0.0.1", "10.0.0.9"), trust)).toBe("10.0.0.9");
  });

  it("refuses a setting it cannot read, at start-up", () => {
    for (const value of ["yes", "10.0.0.0/x", "proxy.example.org", "1.2.3.4, nope"]) expect(() => parseTrustProxy(value)).toThrow(/TRUST_PROXY/);
  });
});
