// @y/websocket-server 0.1.1 as its own bin wires it (setupWSConnection on every upgrade, the
// document name from the path), in memory: no persistence is configured.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { setupWSConnection } from "@y/websocket-server/utils";
import { announceReady } from "./control";

const sockets = new WebSocketServer({ noServer: true });
const http = createServer((_request, response) => response.end("okay"));
http.on("upgrade", (request, socket, head) => {
  sockets.handleUpgrade(request, socket, head, (ws) => setupWSConnection(ws, request));
});
http.listen(Number(process.env.PORT), "127.0.0.1", () => announceReady((http.address() as AddressInfo).port));
process.once("SIGTERM", () => process.exit(0));
