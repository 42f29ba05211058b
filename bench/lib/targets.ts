// The three compared servers, as the workloads see them: how to start each one fresh or on
// stored documents, and where its writers and readers connect. Document names are the same for
// all three (ours decides them, since it only serves exchanges that exist).
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { schema as hocuspocusSchema, upsertQuery as hocuspocusUpsert } from "@hocuspocus/extension-sqlite";
import { createExchange, redeem, tokenFromLink } from "../../test/helpers/provision";
import { createSqliteStorage } from "../../sync-server/src/storage/sqlite-storage";
import { startServerChild, type ServerChild } from "./server-child";
import type { ClientEndpoint } from "./sync-client";

export type ServerName = "ours" | "hocuspocus" | "y-websocket-server";
export const serverNames: readonly ServerName[] = ["ours", "hocuspocus", "y-websocket-server"];

export interface RunningTarget {
  readonly name: ServerName;
  readonly child: ServerChild;
  /** A connection that may write document `index` (ours: the exchange's student). */
  writer(index: number): ClientEndpoint;
  /** A connection that reads document `index` (ours: the committee's officer). */
  reader(index: number): ClientEndpoint;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Start on the stored documents of the cold-load workload instead of empty storage. */
  stored?: boolean;
  nodeFlags?: string[];
}

// Rate limits are lifted for ours: the bench opens thousands of connections from one address.
const ourLimits = {
  LIMIT_CONNECTIONS_PER_MINUTE_PER_IP: "100000000",
  LIMIT_CONNECTION_BURST_PER_IP: "100000000",
  LIMIT_CONNECTIONS_PER_MINUTE_PER_PERSON: "100000000",
  LIMIT_CONNECTION_BURST_PER_PERSON: "100000000",
  LIMIT_BYTES_PER_SECOND_PER_PERSON: "100000000000",
  LIMIT_BYTE_BURST_PER_PERSON: "1000000000000",
  LIMIT_FRAMES_PER_SECOND: "1000000",
  LIMIT_FRAME_BURST: "1000000",
};

interface Provisioned {
  docNames: string[];
  studentTokens: string[];
  officerToken: string;
  templateDir: string;
  storedDirs: Record<"ours" | "hocuspocus", string>;
}

/**
 * Creates, once per bench run, the exchanges and people our server needs (through its HTTP API,
 * as users do), and the stored documents of the cold-load workload for ours and Hocuspocus.
 * Every server start then copies these folders, so each run begins from the same state.
 */
export async function provisionTargets(options: { documents: number; writers: number; storedDocuments: number; storedState: Uint8Array }) {
  const templateDir = mkdtempSync(join(tmpdir(), "aql-bench-template-"));
  const server = await startServerChild({ launcher: "ours", dataDir: templateDir, env: ourLimits });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const officer = await redeem(baseUrl, server.setupToken ?? "", { name: "Bench Officer", committeeName: "Bench LC" });
  const docNames: string[] = [];
  const studentTokens: string[] = [];
  for (let i = 0; i < options.documents; i++) {
    const exchange = await createExchange(baseUrl, officer.token);
    docNames.push(`exchange/${exchange.exchangeId}/student`);
    if (i < options.writers) studentTokens.push((await redeem(baseUrl, tokenFromLink(exchange.invites.student))).token);
  }
  await server.stop();

  const ourStored = copyOf(templateDir);
  const storage = createSqliteStorage(join(ourStored, "logbook.sqlite"));
  await Promise.all(docNames.slice(0, options.storedDocuments).map((name) => storage.append(name, [options.storedState])));
  await storage.close();

  const hocuspocusStored = mkdtempSync(join(tmpdir(), "aql-bench-hocuspocus-"));
  const db = new Database(join(hocuspocusStored, "hocuspocus.sqlite"));
  db.exec(hocuspocusSchema);
  const upsert = db.prepare(hocuspocusUpsert);
  db.transaction(() => {
    for (const name of docNames.slice(0, options.storedDocuments)) upsert.run({ name, data: Buffer.from(options.storedState) });
  })();
  db.close();

  const provisioned: Provisioned = { docNames, studentTokens, officerToken: officer.token, templateDir, storedDirs: { ours: ourStored, hocuspocus: hocuspocusStored } };
  return {
    docNames,
    start: (name: ServerName, start: StartOptions = {}) => startTarget(provisioned, name, start),
    dispose() {
      for (const dir of [templateDir, ourStored, hocuspocusStored]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function copyOf(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), "aql-bench-run-"));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

async function startTarget(provisioned: Provisioned, name: ServerName, options: StartOptions): Promise<RunningTarget> {
  const source = name === "ours" ? (options.stored ? provisioned.storedDirs.ours : provisioned.templateDir) : name === "hocuspocus" && options.stored ? provisioned.storedDirs.hocuspocus : null;
  const dataDir = source ? copyOf(source) : mkdtempSync(join(tmpdir(), "aql-bench-run-"));
  const child = await startServerChild({ launcher: name, dataDir, env: name === "ours" ? ourLimits : {}, nodeFlags: options.nodeFlags ?? [] });
  const base = `ws://127.0.0.1:${child.port}`;
  const docName = (index: number) => {
    const found = provisioned.docNames[index];
    if (found === undefined) throw new Error(`only ${provisioned.docNames.length} documents were provisioned`);
    return found;
  };
  const endpoint = (index: number, token: string): ClientEndpoint => {
    const doc = docName(index);
    if (name === "hocuspocus") return { dialect: "hocuspocus", url: `${base}/`, docName: doc, protocols: [], token };
    if (name === "y-websocket-server") return { dialect: "y-websocket", url: `${base}/${doc}`, docName: doc, protocols: [], token };
    // The app opts every device in to the durable acknowledgement, so the bench does too.
    return { dialect: "y-websocket", url: `${base}/sync/${doc}`, docName: doc, protocols: ["aql.sync.v1", "aql.durable-ack.v1", `aql.token.${token}`], token };
  };
  return {
    name,
    child,
    writer(index) {
      const token = provisioned.studentTokens[index];
      if (token === undefined) throw new Error(`document ${index} has no provisioned writer`);
      return endpoint(index, token);
    },
    reader: (index) => endpoint(index, provisioned.officerToken),
    async stop() {
      await child.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
