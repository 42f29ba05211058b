// A benchmark device that speaks the sync protocol of any of the compared servers: y-websocket's
// messages (ours and @y/websocket-server), or the same messages behind Hocuspocus's document
// name prefix and token message. With a Y.Doc it behaves like an editor; without one it is a
// reader that keeps no document, so one bench process can drive thousands of them without
// becoming the bottleneck on a 2-core machine.
import WebSocket from "ws";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";

export type Dialect = "y-websocket" | "hocuspocus";

export interface ClientEndpoint {
  dialect: Dialect;
  url: string;
  docName: string;
  protocols: string[];
  /** Hocuspocus's first message carries a token; the others authenticate on upgrade. */
  token: string;
}

const fromServer = Symbol("server");
const messageSync = 0;
const messageHocuspocusAuth = 2;
const messageHocuspocusSyncReply = 4;
const messageDurableStateVector = 100;
const emptyUpdate = Y.encodeStateAsUpdate(new Y.Doc());

interface Waiter {
  isMet: () => boolean;
  resolve: () => void;
}

export class SyncClient {
  private socket: WebSocket | null = null;
  private durable = new Map<number, number>();
  private waiters: Waiter[] = [];
  private step2Count = 0;
  /** Bytes of document state received in sync step 2 answers. */
  stateBytesReceived = 0;
  /** Called with every update the server sends, before it is applied (if there is a document). */
  onUpdate: ((update: Uint8Array) => void) | null = null;

  constructor(
    private readonly endpoint: ClientEndpoint,
    readonly doc: Y.Doc | null = null,
  ) {
    doc?.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== fromServer) this.sendSync((encoder) => syncProtocol.writeUpdate(encoder, update));
    });
  }

  /** Opens the socket and sends sync step 1; resolves once it is open. */
  connect(): Promise<void> {
    const socket = new WebSocket(this.endpoint.url, this.endpoint.protocols, { perMessageDeflate: false });
    socket.binaryType = "nodebuffer";
    this.socket = socket;
    socket.on("message", (data: Buffer) => this.onMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    return new Promise((resolve, reject) => {
      socket.once("open", () => {
        if (this.endpoint.dialect === "hocuspocus") {
          this.send((encoder) => {
            encoding.writeVarUint(encoder, messageHocuspocusAuth);
            encoding.writeVarUint(encoder, 0);
            encoding.writeVarString(encoder, this.endpoint.token);
          });
        }
        this.sendStep1();
        resolve();
      });
      socket.once("error", reject);
    });
  }

  /** Resolves when the server answered a sync step 1 of ours (the first, or one sent since). */
  whenSynced(): Promise<void> {
    const wanted = Math.max(1, this.step2Count);
    return this.until(() => this.step2Count >= wanted);
  }

  /** Sends a new sync step 1 and resolves at its answer: everything sent before is processed. */
  roundTrip(): Promise<void> {
    const wanted = this.step2Count + 1;
    this.sendStep1();
    return this.until(() => this.step2Count >= wanted);
  }

  /** Resolves when this client's document holds `clock` structs of Yjs client `client`. */
  whenHolds(client: number, clock: number): Promise<void> {
    const doc = this.doc;
    if (!doc) throw new Error("an idle client holds no document");
    return this.until(() => Y.getState(doc.store, client) >= clock);
  }

  /** Resolves when the server's durable state vector (ours only) covers `clock` of `client`. */
  whenDurable(client: number, clock: number): Promise<void> {
    return this.until(() => (this.durable.get(client) ?? 0) >= clock);
  }

  close(): void {
    this.socket?.close();
    this.socket = null;
  }

  private until(isMet: () => boolean): Promise<void> {
    if (isMet()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ isMet, resolve }));
  }

  private settleWaiters(): void {
    if (this.waiters.length === 0) return;
    this.waiters = this.waiters.filter((waiter) => (waiter.isMet() ? (waiter.resolve(), false) : true));
  }

  private sendStep1(): void {
    this.sendSync((encoder) => {
      if (this.doc) syncProtocol.writeSyncStep1(encoder, this.doc);
      else {
        encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
        encoding.writeVarUint8Array(encoder, new Uint8Array([0]));
      }
    });
  }

  private sendSync(write: (encoder: encoding.Encoder) => void): void {
    this.send((encoder) => {
      encoding.writeVarUint(encoder, messageSync);
      write(encoder);
    });
  }

  private send(write: (encoder: encoding.Encoder) => void): void {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return;
    const encoder = encoding.createEncoder();
    if (this.endpoint.dialect === "hocuspocus") encoding.writeVarString(encoder, this.endpoint.docName);
    write(encoder);
    this.socket.send(encoding.toUint8Array(encoder));
  }

  private onMessage(bytes: Uint8Array): void {
    const decoder = decoding.createDecoder(bytes);
    if (this.endpoint.dialect === "hocuspocus") decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === messageSync || (type === messageHocuspocusSyncReply && this.endpoint.dialect === "hocuspocus")) this.onSync(decoder);
    else if (type === messageDurableStateVector) this.durable = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    else return;
    this.settleWaiters();
  }

  private onSync(decoder: decoding.Decoder): void {
    const step = decoding.readVarUint(decoder);
    if (step === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      this.sendSync((encoder) => {
        encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
        encoding.writeVarUint8Array(encoder, this.doc ? Y.encodeStateAsUpdate(this.doc, stateVector) : emptyUpdate);
      });
      return;
    }
    const update = decoding.readVarUint8Array(decoder);
    this.onUpdate?.(update);
    if (this.doc) Y.applyUpdate(this.doc, update, fromServer);
    if (step === syncProtocol.messageYjsSyncStep2) {
      this.step2Count++;
      this.stateBytesReceived += update.length;
    }
  }
}
