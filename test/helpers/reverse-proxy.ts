// A reverse proxy in front of a test server, as the README recommends for production: Debian's
// nginx with the README's configuration (minus TLS) when it is installed (.ci/run installs it),
// otherwise a stand-in that does what that configuration does: forwards requests and WebSocket
// upgrades and appends the address it saw to X-Forwarded-For ($proxy_add_x_forwarded_for).
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port";

export interface ReverseProxy {
  url: string;
  wsUrl: string;
  /** "nginx 1.22.1", or "stand-in" when nginx is not installed. */
  kind: string;
  stop(): Promise<void>;
}

/** The `location` block of the README's nginx example, pointed at `upstream`. */
export const nginxLocation = (upstream: string) => `
    location / {
      proxy_pass ${upstream};
      proxy_http_version 1.1;
      proxy_set_header Host $host;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout 120s;
      proxy_buffering off;
      proxy_request_buffering off;
    }`;

function nginxVersion(): string | null {
  const probe = spawnSync("nginx", ["-v"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) return null;
  return /nginx\/([\d.]+)/.exec(probe.stderr)?.[1] ?? "unknown";
}

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() - started > timeoutMs) reject(new Error(`nothing listens on ${port} after ${timeoutMs} ms`));
        else setTimeout(attempt, 20);
      });
    };
    attempt();
  });
}

async function startNginx(upstreamPort: number, version: string): Promise<ReverseProxy> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "aql-nginx-"));
  // nginx's workers drop root; they must be able to reach the prefix.
  chmodSync(dir, 0o755);
  const config = `
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  server {
    listen 127.0.0.1:${port};
    ${nginxLocation(`http://127.0.0.1:${upstreamPort}`)}
  }
}
`;
  writeFileSync(join(dir, "nginx.conf"), config);
  const child = spawn("nginx", ["-p", dir, "-c", join(dir, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await Promise.race([waitForPort(port, 10_000), exited.then(() => Promise.reject(new Error(`nginx exited:\n${errors}`)))]);
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    kind: `nginx ${version}`,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      const log = (() => {
        try {
          return readFileSync(join(dir, "error.log"), "utf8");
        } catch {
          return "";
        }
      })();
      rmSync(dir, { recursive: true, force: true });
      if (/\[(emerg|alert|crit)\]/.test(log)) throw new Error(`nginx logged errors:\n${log}`);
    },
  };
}

function forwardedHeaders(request: IncomingMessage): IncomingHttpHeaders {
  const seen = request.socket.remoteAddress ?? "";
  const previous = request.headers["x-forwarded-for"];
  return { ...request.headers, "x-forwarded-for": previous ? `${previous}, ${seen}` : seen, "x-forwarded-proto": "http" };
}

async function startStandIn(upstreamPort: number): Promise<ReverseProxy> {
  const server = createServer((request, response) => {
    const upstream = httpRequest({ host: "127.0.0.1", port: upstreamPort, method: request.method, path: request.url, headers: forwardedHeaders(request) }, (reply) => {
      response.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(response);
    });
    upstream.on("error", () => response.destroy());
    request.pipe(upstream);
  });
  server.on("upgrade", (request: IncomingMessage, client, head: Buffer) => {
    const upstream = connect(upstreamPort, "127.0.0.1", () => {
      const headers = Object.entries(forwardedHeaders(request)).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${name}: ${v}`));
      upstream.write(`${request.method} ${request.url} HTTP/1.1\r\n${headers.join("\r\n")}\r\n\r\n`);
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    kind: "stand-in",
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function startReverseProxy(upstreamPort: number): Promise<ReverseProxy> {
  const version = nginxVersion();
  return version ? startNginx(upstreamPort, version) : startStandIn(upstreamPort);
}
