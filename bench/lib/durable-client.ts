// A minimal device for benchmarks: speaks the sync protocol over ws, opts in to the durable
// acknowledgement, and resolves a promise when the server's durable state covers this device.
import WebSocket from "ws";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";

const fromServer = Symbol("server");

export class DurableClient {
  readonly doc = new Y.Doc();
  private socket: WebSocket | null = null;
  private durable = new Map<number, number>();
  private waiters: { clock: number; resolve: () => void }[] = [];

  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === fromServer || !this.socket || this.socket.readyState !== WebSocket.OPEN) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeUpdate(encoder, update);
      this.socket.send(encoding.toUint8Array(encoder));
    });
  }

  /** Connects and resolves once the socket is open (sync step 1 sent). */
  connect(): Promise<void> {
    const socket = new WebSocket(this.url, ["aql.sync.v1", "aql.durable-ack.v1", `aql.token.${this.token}`]);
    this.socket = socket;
    socket.on("message", (data: Buffer) => this.onMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    return new Promise((resolve, reject) => {
      socket.once("open", () => {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, 0);
        syncProtocol.writeSyncStep1(encoder, this.doc);
        socket.send(encoding.toUint8Array(encoder));
        resolve();
      });
      socket.once("error", reject);
    });
  }

  private onMessage(bytes: Uint8Array) {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, 0);
      syncProtocol.readSyncMessage(decoder, reply, this.doc, fromServer);
      if (encoding.length(reply) > 1) this.socket?.send(encoding.toUint8Array(reply));
    } else if (type === 100) {
      this.durable = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
      const mine = this.durable.get(this.doc.clientID) ?? 0;
      this.waiters = this.waiters.filter((waiter) => (waiter.clock <= mine ? (waiter.resolve(), false) : true));
    }
  }

  /** Resolves when the server's durable state covers this device's current clock. */
  whenDurable(): Promise<void> {
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    if ((this.durable.get(this.doc.clientID) ?? 0) >= clock) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ clock, resolve }));
  }

  close(): void {
    this.socket?.close();
    this.socket = null;
  }
}
