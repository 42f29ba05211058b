// Whose request is this? Behind a reverse proxy every socket comes from the proxy, so per-client
// budgets keyed on the socket address would put everyone in one bucket. X-Forwarded-For names the
// client, but anyone can send that header, so it is believed only as far as TRUST_PROXY says:
// a hop count (that many proxies in front, each appending the address it saw), or the proxies'
// own addresses and networks, walked from the right until the first address that is not one of
// them. Without TRUST_PROXY the header is ignored.
import { BlockList, isIP } from "node:net";
import type { IncomingMessage } from "node:http";

export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "addresses"; trusted: BlockList; spec: string };

const loopback = ["127.0.0.0/8", "::1/128"];

/** TRUST_PROXY: unset or "false" (trust nobody), a hop count ("1"), or addresses/networks ("127.0.0.1, 10.0.0.0/8", "loopback"). */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const spec = (value ?? "").trim();
  if (spec === "" || spec === "false" || spec === "0") return { kind: "none" };
  if (/^\d+$/.test(spec)) return { kind: "hops", hops: Number(spec) };
  const trusted = new BlockList();
  for (const entry of spec.split(",").flatMap((part) => (part.trim() === "loopback" ? loopback : [part.trim()]))) {
    const [address, prefix] = entry.split("/") as [string, string | undefined];
    const family = isIP(address);
    if (family === 0 || (prefix !== undefined && !/^\d+$/.test(prefix))) throw new Error(`TRUST_PROXY: "${entry}" is not an IP address, a network (10.0.0.0/8), "loopback" or a hop count`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) trusted.addAddress(address, type);
    else trusted.addSubnet(address, Number(prefix), type);
  }
  return { kind: "addresses", trusted, spec };
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
function plain(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

function isTrusted(trusted: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? "ipv6" : "ipv4");
}

export function clientAddress(request: IncomingMessage, trust: TrustProxy): string {
  const peer = plain(request.socket.remoteAddress ?? "unknown");
  if (trust.kind === "none") return peer;
  const header = request.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",").map(plain).filter((entry) => entry !== "");
  // Nearest hop last: what the proxy in front of us saw is the header's last entry.
  const chain = [...forwarded, peer];
  if (trust.kind === "hops") return chain[Math.max(0, chain.length - 1 - trust.hops)] as string;
  let index = chain.length - 1;
  while (index > 0 && isTrusted(trust.trusted, chain[index] as string)) index--;
  return chain[index] as string;
}
