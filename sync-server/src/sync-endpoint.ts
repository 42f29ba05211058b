// The WebSocket side: authenticates an upgrade to /sync/<document>, decides the person's access
// to that document, and hands the socket to a connection. Tokens come in Sec-WebSocket-Protocol
// (`aql.token.<token>`, from our app) or `?token=` (stock y-websocket clients); neither is logged.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import type { Registry } from "./auth/registry";
import { accessTo, parseDocumentName } from "./auth/roles";
import { isWellFormedToken } from "./auth/tokens";
import type { Limits } from "./limits";
import type { Metrics } from "./http/metrics";
import type { Rooms } from "./rooms/rooms";
import type { RoomPeer } from "./rooms/room";
import { closeCodes } from "./protocol/close-codes";
import { acceptConnection } from "./connection";
import { createKeyedLimiter } from "./rate-limit";
import { clientAddress, type TrustProxy } from "./http/client-address";
import type { Session } from "./auth/registry";

export const syncProtocol = "aql.sync.v1";
export const durableAckProtocol = "aql.durable-ack.v1";
/** Message 100 and message 101, the durable delete set. */
export const durableDeletesProtocol = "aql.durable-ack.v2";
const tokenProtocolPrefix = "aql.token.";

type Authentication = { status: "ok"; session: Session } | { status: "unknown" | "expired" | "revoked" };

export function createSyncEndpoint(options: { registry: Registry; rooms: Rooms; limits: Limits; metrics: Metrics; trustProxy: TrustProxy; log: (m: string) => void }) {
  const { registry, rooms, limits, metrics, log } = options;
  // Two budgets, so that a flood without a valid token cannot use up what people with one need:
  // upgrades that fail authentication spend their client address's, the others their person's.
  const perAddress = createKeyedLimiter(limits.connectionsPerMinutePerIp / 60, limits.connectionBurstPerIp);
  const perPerson = createKeyedLimiter(limits.connectionsPerMinutePerPerson / 60, limits.connectionBurstPerPerson);
  // What a person sends is what the update guard walks on the event loop: bounded per second, over all their connections.
  const bytesPerPerson = createKeyedLimiter(limits.bytesPerSecondPerPerson, limits.byteBurstPerPerson);
  const bySession = new Map<string, Set<RoomPeer>>();
  let nextId = 1;
  let accepting = true;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxFrameBytes,
    perMessageDeflate: false,
    // Echo our protocol name, never the token.
    handleProtocols: (protocols) => (protocols.has(syncProtocol) ? syncProtocol : false),
  });

  const refuse = (socket: WebSocket, code: number, reason: string) => {
    socket.close(code, reason);
  };

  const offeredProtocols = (request: IncomingMessage) => (request.headers["sec-websocket-protocol"] ?? "").split(",").map((p) => p.trim());

  const authenticate = (request: IncomingMessage, url: URL): Authentication => {
    const token = offeredProtocols(request).find((p) => p.startsWith(tokenProtocolPrefix))?.slice(tokenProtocolPrefix.length) ?? url.searchParams.get("token") ?? "";
    return isWellFormedToken(token) ? registry.authenticate(token) : { status: "unknown" };
  };

  const onSocket = (socket: WebSocket, request: IncomingMessage, url: URL, auth: Authentication) => {
    const offered = offeredProtocols(request);
    const wantsDurableDeletes = offered.includes(durableDeletesProtocol) || url.searchParams.get("durable") === "2";
    const wantsDurableAck = wantsDurableDeletes || offered.includes(durableAckProtocol) || url.searchParams.get("durable") === "1";
    let documentName: string;
    try {
      documentName = decodeURIComponent(url.pathname.slice("/sync/".length));
    } catch {
      return refuse(socket, closeCodes.unknownDocument, "unknown document");
    }
    if (auth.status !== "ok") return refuse(socket, closeCodes.unauthorized, "unauthorized");
    const ref = parseDocumentName(documentName);
    if (!ref) return refuse(socket, closeCodes.unknownDocument, "unknown document");
    const exchange = ref.kind === "program" ? null : registry.exchange(ref.exchangeId);
    if (ref.kind !== "program" && !exchange) return refuse(socket, closeCodes.forbidden, "forbidden");
    if (ref.kind === "program" && registry.committeeName(ref.committeeId) === null) return refuse(socket, closeCodes.forbidden, "forbidden");
    const session = auth.session;
    const isSealed = () => registry.isSealed(documentName);
    const ownExchangeId = session.person.exchangeId;
    const isCancelled = () => ownExchangeId !== null && registry.isExchangeCancelled(ownExchangeId);
    const access = accessTo(session.person, ref, { exchangeCommitteeId: exchange?.committeeId ?? null, sealed: false, cancelled: isCancelled() });
    if (access === "none") return refuse(socket, closeCodes.forbidden, "forbidden");

    const peers = bySession.get(session.id) ?? new Set<RoomPeer>();
    bySession.set(session.id, peers);
    // A session that expires while connected loses the connection then, not at the next connect.
    const expiry = setTimeout(() => peer.close(closeCodes.unauthorized, "session expired"), Math.min(session.expiresAt - Date.now(), 2 ** 31 - 1));
    const peer: RoomPeer = acceptConnection({
      id: nextId++,
      socket,
      room: rooms.open(documentName),
      person: session.person,
      access,
      isSealed,
      isCancelled,
      takeBytes: (bytes) => bytesPerPerson.take(session.person.id, bytes),
      wantsDurableAck,
      wantsDurableDeletes,
      limits,
      metrics,
      log,
      onClose: () => {
        clearTimeout(expiry);
        peers.delete(peer);
        if (peers.size === 0) bySession.delete(session.id);
      },
    });
    peers.add(peer);
  };

  return {
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
      const url = new URL(request.url ?? "/", "http://localhost");
      const reject = (status: string) => {
        socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      };
      if (!accepting) return reject("503 Service Unavailable");
      if (!url.pathname.startsWith("/sync/")) return reject("404 Not Found");
      const auth = authenticate(request, url);
      const allowed = auth.status === "ok" ? perPerson.take(auth.session.person.id) : perAddress.take(clientAddress(request, options.trustProxy));
      if (!allowed) return reject("429 Too Many Requests");
      wss.handleUpgrade(request, socket, head, (ws) => onSocket(ws, request, url, auth));
    },
    revokeSession(sessionId: string) {
      for (const peer of [...(bySession.get(sessionId) ?? [])]) peer.close(closeCodes.unauthorized, "session revoked");
    },
    stopAccepting() {
      accepting = false;
    },
    closeAll(code: number, reason: string) {
      for (const client of wss.clients) client.close(code, reason);
    },
    get clientCount() {
      return wss.clients.size;
    },
  };
}
