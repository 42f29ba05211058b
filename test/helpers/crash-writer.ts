// Clients for the crash test: a raw y-websocket client (one device) that opts in to the durable
// acknowledgement of structs and deletions and tracks exactly which of its own updates and
// deletions the server has declared committed, and a one-shot reader that fetches what a
// (freshly restarted) server holds for a document. Reconnection is left to the caller, so a test
// decides when devices come back after a crash.
import WebSocket from "ws";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { rawFrame } from "./clients";
import { ClockRanges } from "../../src/sync/clock-ranges";

const messageSync = 0;
const messageAuth = 2;
const messageDurableStateVector = 100;
const messageDurableDeleteSet = 101;
const syncStep1 = 0;
const syncStep2 = 1;
const syncUpdate = 2;

const fromServer = Symbol("from the server");
const deletion = Symbol("a deletion by this device");

const syncFrame = (step: number, payload: Uint8Array) =>
  rawFrame(messageSync, (encoder) => {
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
  });

const toBytes = (data: WebSocket.RawData): Uint8Array =>
  data instanceof Buffer ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data as ArrayBuffer);

const protocols = (token: string, durable: boolean) => ["aql.sync.v1", ...(durable ? ["aql.durable-ack.v2"] : []), `aql.token.${token}`];

export interface CrashWriterOptions {
  wsUrl: string;
  documentName: string;
  token: string;
  /** Root Y.Array this device appends to. One array per device keeps every item's origin on its own device. */
  arrayName: string;
  /** Called synchronously after a durable acknowledgement that covered more of this device's updates or deletions. */
  onAck?: (writer: CrashWriter) => void;
  /** Called synchronously right after a deletion went out on the socket (it is in flight). */
  onDeletionSent?: (writer: CrashWriter) => void;
}

export class CrashWriter {
  readonly doc = new Y.Doc();
  readonly array: Y.Array<number>;
  /** Numbers this device appended, in order. */
  readonly numbers: number[] = [];
  /** This device's own clock right after each of its updates (same index as `numbers`). */
  private readonly clockAfter: number[] = [];
  /** Highest own clock that a durable state vector from the server has covered. */
  ackedClock = 0;
  /** Durable state vectors that advanced `ackedClock`. */
  acks = 0;
  /** A durable state vector that went backwards for this device: the server lost something it had acknowledged. */
  readonly regressions: { had: number; got: number }[] = [];
  /** Numbers this device deleted again, with the clock of the item that held each. */
  readonly deletions: { value: number; clock: number }[] = [];
  /** Deletions the server has declared committed (message 101), of every client. */
  readonly durableDeletes = new ClockRanges();
  /** "Permission denied" reasons received (should never happen for a writer). */
  readonly denied: string[] = [];
  /** Close code of every connection of this device, in order. */
  readonly closeCodes: number[] = [];
  private socket: WebSocket | null = null;

  constructor(private readonly options: CrashWriterOptions) {
    this.array = this.doc.getArray<number>(options.arrayName);
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === fromServer) return;
      const sent = this.send(syncFrame(syncUpdate, update));
      if (sent && origin === deletion) this.options.onDeletionSent?.(this);
    });
  }

  get clientId(): number {
    return this.doc.clientID;
  }

  /** This device's own clock: everything it wrote so far. */
  ownClock(): number {
    return Y.getState(this.doc.store, this.doc.clientID);
  }

  /** One update: appends `value` to this device's array (sent at once if connected, else on reconnect). */
  write(value: number): void {
    this.array.push([value]);
    this.numbers.push(value);
    this.clockAfter.push(this.ownClock());
  }

  /** One update: deletes `value`, one of the numbers this device appended and has not deleted yet. */
  delete(value: number): void {
    const index = this.array.toArray().indexOf(value);
    if (index < 0) throw new Error(`device ${this.options.arrayName} holds no ${value} to delete`);
    this.deletions.push({ value, clock: (this.clockAfter[this.numbers.indexOf(value)] as number) - 1 });
    this.doc.transact(() => this.array.delete(index, 1), deletion);
  }

  /** Values whose deletion a durable acknowledgement covers. */
  acknowledgedDeletions(): Set<number> {
    return new Set(this.deletions.filter((d) => this.durableDeletes.covers(this.clientId, d.clock, 1)).map((d) => d.value));
  }

  /** How many of this device's updates are covered by a durable acknowledgement (a prefix, clocks only grow). */
  ackedCount(clock = this.ackedClock): number {
    let count = 0;
    while (count < this.clockAfter.length && (this.clockAfter[count] ?? Infinity) <= clock) count++;
    return count;
  }

  fullyAcknowledged(): boolean {
    return this.ackedClock >= this.ownClock() && this.acknowledgedDeletions().size === this.deletions.length;
  }

  get connected(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Opens a connection and starts the y-websocket handshake (step 1 out; the server's step 1 is answered with everything it lacks). */
  connect(): Promise<void> {
    const socket = new WebSocket(`${this.options.wsUrl}/sync/${this.options.documentName}`, protocols(this.options.token, true));
    this.socket = socket;
    socket.on("message", (data: WebSocket.RawData) => this.receive(toBytes(data)));
    socket.on("error", () => {});
    return new Promise<void>((resolve, reject) => {
      socket.once("open", () => {
        this.send(syncFrame(syncStep1, Y.encodeStateVector(this.doc)));
        resolve();
      });
      socket.on("close", (code: number) => {
        this.closeCodes.push(code);
        if (this.socket === socket) this.socket = null;
        reject(new Error(`connection closed with ${code} before it opened`));
      });
    });
  }

  /** Waits until the connection is gone (the server died or closed it). */
  async closed(timeoutMs = 10_000): Promise<void> {
    const started = Date.now();
    while (this.socket && Date.now() - started < timeoutMs) await new Promise((resolve) => setTimeout(resolve, 5));
    if (this.socket) throw new Error(`device ${this.options.arrayName} still connected after ${timeoutMs} ms`);
  }

  disconnect(): void {
    this.socket?.close();
    this.socket = null;
  }

  private send(frame: Uint8Array): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(frame);
    return true;
  }

  private receive(frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === messageSync) {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === syncStep1) this.send(syncFrame(syncStep2, Y.encodeStateAsUpdate(this.doc, payload)));
      else Y.applyUpdate(this.doc, payload, fromServer);
    } else if (type === messageDurableStateVector) {
      const clock = Y.decodeStateVector(decoding.readVarUint8Array(decoder)).get(this.doc.clientID) ?? 0;
      if (clock < this.ackedClock) this.regressions.push({ had: this.ackedClock, got: clock });
      if (clock > this.ackedClock) {
        this.ackedClock = clock;
        this.acks++;
        this.options.onAck?.(this);
      }
    } else if (type === messageDurableDeleteSet) {
      const before = this.acknowledgedDeletions().size;
      const committed = ClockRanges.decode(decoding.readVarUint8Array(decoder));
      this.durableDeletes.addAll(committed.entries());
      if (this.acknowledgedDeletions().size > before) {
        this.acks++;
        this.options.onAck?.(this);
      }
    } else if (type === messageAuth) {
      decoding.readVarUint(decoder);
      this.denied.push(decoding.readVarString(decoder));
    }
  }
}

/**
 * What the server holds for a document, as one update: a new connection (not opted in to
 * anything) sends sync step 1 with an empty state vector and returns the server's step 2.
 */
export function readServerState(wsUrl: string, documentName: string, token: string, timeoutMs = 10_000): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${wsUrl}/sync/${documentName}`, protocols(token, false));
    const timer = setTimeout(() => finish(new Error(`reader got no sync step 2 in ${timeoutMs} ms`)), timeoutMs);
    const finish = (result: Uint8Array | Error) => {
      clearTimeout(timer);
      socket.removeAllListeners("close");
      socket.on("error", () => {});
      socket.close();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    socket.on("error", (error) => finish(error));
    socket.on("close", (code) => finish(new Error(`reader closed with ${code} before sync step 2`)));
    socket.once("open", () => socket.send(syncFrame(syncStep1, Y.encodeStateVector(new Y.Doc()))));
    socket.on("message", (data: WebSocket.RawData) => {
      const decoder = decoding.createDecoder(toBytes(data));
      if (decoding.readVarUint(decoder) !== messageSync || decoding.readVarUint(decoder) !== syncStep2) return;
      finish(decoding.readVarUint8Array(decoder));
    });
  });
}
