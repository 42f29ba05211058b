// The real server process behind a reverse proxy (Debian's nginx when installed), configured as
// the README says: TRUST_PROXY names the proxy's address, so the server takes each client's
// address from X-Forwarded-For, and only from the proxy. Clients get distinct loopback
// addresses (127.0.0.2, 127.0.0.3, …) by binding their sockets to them, so the proxy sees them
// as different people. One of them floods the sync endpoint with unauthenticated upgrades.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { request as httpRequest } from "node:http";
import { startServerProcess, type RunningServer } from "../helpers/server-process";
import { startReverseProxy, type ReverseProxy } from "../helpers/reverse-proxy";
import { provisionExchange, setupTokenFromOutput } from "../helpers/provision";

type Outcome = { kind: "http"; status: number } | { kind: "closed"; code: number } | { kind: "synced" };

/** One upgrade attempt: the HTTP status it was refused with, the close code, or "synced" once the server's sync step 1 arrived. */
function attempt(wsUrl: string, options: { token?: string; from: string; forwardedFor?: string }): Promise<Outcome> {
  const protocols = ["aql.sync.v1", ...(options.token ? [`aql.token.${options.token}`] : [])];
  const socket = new WebSocket(`${wsUrl}/sync/${documentName}`, protocols, {
    localAddress: options.from,
    headers: options.forwardedFor ? { "X-Forwarded-For": options.forwardedFor } : {},
  });
  return new Promise((resolve) => {
    const done = (outcome: Outcome) => {
      socket.removeAllListeners();
      socket.on("error", () => {});
      socket.terminate();
      resolve(outcome);
    };
    socket.on("unexpected-response", (_request, response) => done({ kind: "http", status: response.statusCode ?? 0 }));
    socket.on("message", () => done({ kind: "synced" }));
    socket.on("close", (code) => done({ kind: "closed", code }));
    socket.on("error", () => {});
  });
}

let documentName = "";

/** GET through the proxy from a given loopback address; fetch cannot bind its socket to one. */
function getFrom(url: string, from: string): Promise<{ status: number; retryAfter: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { localAddress: from, agent: false }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, retryAfter: response.headers["retry-after"] as string | undefined, body }));
    })
      .on("error", reject)
      .end();
  });
}

describe("behind a reverse proxy with TRUST_PROXY", () => {
  let server: RunningServer;
  let proxy: ReverseProxy;
  let people: Awaited<ReturnType<typeof provisionExchange>>;

  beforeAll(async () => {
    server = await startServerProcess({ env: { TRUST_PROXY: "127.0.0.1" } });
    people = await provisionExchange(server.url, setupTokenFromOutput(server.output()));
    documentName = `exchange/${people.exchange.exchangeId}/student`;
    proxy = await startReverseProxy(server.port);
    console.log(`[proxy] through ${proxy.kind}`);
  });
  afterAll(async () => {
    await proxy?.stop();
    await server?.stop();
  });

  it("an unauthenticated flood from one client neither locks out authenticated people at its address nor anyone at another", async () => {
    const flood: Outcome[] = [];
    for (let wave = 0; wave < 6; wave++) flood.push(...(await Promise.all(Array.from({ length: 50 }, () => attempt(proxy.wsUrl, { from: "127.0.0.2" })))));
    const refused = flood.filter((outcome) => outcome.kind === "http" && outcome.status === 429).length;
    // The per-address budget (120 a minute, a burst of 120) holds, so most of the 300 are refused.
    expect(refused).toBeGreaterThanOrEqual(150);
    expect(flood.every((outcome) => (outcome.kind === "http" && outcome.status === 429) || (outcome.kind === "closed" && outcome.code === 4401))).toBe(true);

    // A student behind the same address, with a valid token: their own budget.
    for (let i = 0; i < 5; i++) expect(await attempt(proxy.wsUrl, { from: "127.0.0.2", token: people.student.token })).toEqual({ kind: "synced" });
    // Someone else behind the proxy is judged on their own address: a bad token is a bad token, not a 429.
    expect(await attempt(proxy.wsUrl, { from: "127.0.0.3" })).toEqual({ kind: "closed", code: 4401 });
    expect(await attempt(proxy.wsUrl, { from: "127.0.0.3", token: people.tutor.token })).toEqual({ kind: "synced" });
  });

  it("X-Forwarded-For counts only when the proxy sent it: a client cannot pick its address", async () => {
    // Each attempt claims another address. Believed, none would be refused; they all count against the real one.
    const claiming = async (wsUrl: string, from: string) => {
      const outcomes: Outcome[] = [];
      for (let wave = 0; wave < 6; wave++) {
        outcomes.push(...(await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(wsUrl, { from, forwardedFor: `10.9.${wave}.${i + 1}` })))));
      }
      return outcomes.filter((outcome) => outcome.kind === "http" && outcome.status === 429).length;
    };
    // Through the proxy, a client's own header is only the left part; the proxy appends what it saw.
    expect(await claiming(proxy.wsUrl, "127.0.0.7")).toBeGreaterThanOrEqual(150);
    // Straight to the server, from a client that is not the proxy, the header is ignored.
    expect(await claiming(`ws://127.0.0.1:${server.port}`, "127.0.0.4")).toBeGreaterThanOrEqual(150);
  });

  it("certificate lookups are limited per client address: a guesser gets 429, others still get answers", async () => {
    const guesses = [];
    for (let i = 0; i < 60; i++) guesses.push(await getFrom(`${proxy.url}/api/certificates/ZZZZ-${String(i).padStart(4, "0")}`, "127.0.0.5"));
    const statuses = guesses.map((guess) => guess.status);
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(404));
    expect(statuses.slice(30).filter((status) => status === 429).length).toBeGreaterThanOrEqual(20);
    const refused = guesses.find((guess) => guess.status === 429)!;
    expect(JSON.parse(refused.body)).toMatchObject({ error: "rate-limited" });
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    const other = await getFrom(`${proxy.url}/api/certificates/ZZZZ-9999`, "127.0.0.6");
    expect(other.status).toBe(404);
    expect(JSON.parse(other.body)).toMatchObject({ error: "certificate-unknown" });
  });
});
