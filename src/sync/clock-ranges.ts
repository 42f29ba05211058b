// Sets of Yjs clock ranges per client: which structs a party holds, or which it has deleted. The
// server tracks with them what it holds and what it has committed (structs and deletions) exactly,
// update by update, without re-reading a document; the app tracks with them which of its own
// deletions the server has committed. Both sides speak the same wire form for deletions: Yjs's
// delete-set encoding (per client, clock and length of each range).
//
// Pure TypeScript, no Yjs: the server and the app both import it.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

export interface ClockRange {
  clock: number;
  len: number;
}

/** Sorted, disjoint, non-touching [start, end) ranges of one client's clocks. */
class RangeList {
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  /** Index of the first range whose end is at or after `clock` (it may touch or contain it). */
  private firstEndingAtOrAfter(clock: number): number {
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.ends[middle] as number) < clock) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  add(start: number, end: number): void {
    if (end <= start) return;
    const first = this.firstEndingAtOrAfter(start);
    let last = first;
    while (last < this.starts.length && (this.starts[last] as number) <= end) last++;
    if (first === last) {
      this.starts.splice(first, 0, start);
      this.ends.splice(first, 0, end);
      return;
    }
    const mergedStart = Math.min(start, this.starts[first] as number);
    const mergedEnd = Math.max(end, this.ends[last - 1] as number);
    this.starts.splice(first, last - first, mergedStart);
    this.ends.splice(first, last - first, mergedEnd);
  }

  remove(start: number, end: number): void {
    if (end <= start) return;
    let index = this.firstEndingAtOrAfter(start + 1);
    while (index < this.starts.length && (this.starts[index] as number) < end) {
      const rangeStart = this.starts[index] as number;
      const rangeEnd = this.ends[index] as number;
      const pieces: [number, number][] = [];
      if (rangeStart < start) pieces.push([rangeStart, start]);
      if (rangeEnd > end) pieces.push([end, rangeEnd]);
      this.starts.splice(index, 1, ...pieces.map((piece) => piece[0]));
      this.ends.splice(index, 1, ...pieces.map((piece) => piece[1]));
      index += pieces.length;
    }
  }

  covers(start: number, end: number): boolean {
    if (end <= start) return true;
    const index = this.firstEndingAtOrAfter(end);
    return index < this.starts.length && (this.starts[index] as number) <= start;
  }

  /** True when [start, end) overlaps or touches a range held. */
  touches(start: number, end: number): boolean {
    const index = this.firstEndingAtOrAfter(start);
    return index < this.starts.length && (this.starts[index] as number) <= end;
  }

  /** End of the range that starts at clock 0: the state-vector clock. */
  prefixEnd(): number {
    return this.starts[0] === 0 ? (this.ends[0] as number) : 0;
  }

  get length(): number {
    return this.starts.length;
  }

  totalLength(): number {
    let total = 0;
    for (let i = 0; i < this.starts.length; i++) total += (this.ends[i] as number) - (this.starts[i] as number);
    return total;
  }
}

export class ClockRanges {
  private readonly clients = new Map<number, RangeList>();
  private rangeCount = 0;

  private listOf(client: number): RangeList {
    let list = this.clients.get(client);
    if (!list) {
      list = new RangeList();
      this.clients.set(client, list);
    }
    return list;
  }

  private update(client: number, change: (list: RangeList) => void): void {
    const list = this.listOf(client);
    const before = list.length;
    change(list);
    this.rangeCount += list.length - before;
    if (list.length === 0) this.clients.delete(client);
  }

  add(client: number, clock: number, len: number): void {
    if (len > 0) this.update(client, (list) => list.add(clock, clock + len));
  }

  remove(client: number, clock: number, len: number): void {
    if (len > 0 && this.clients.has(client)) this.update(client, (list) => list.remove(clock, clock + len));
  }

  addAll(ranges: ReadonlyMap<number, readonly ClockRange[]>): void {
    for (const [client, items] of ranges) for (const item of items) this.add(client, item.clock, item.len);
  }

  removeAll(ranges: ReadonlyMap<number, readonly ClockRange[]>): void {
    for (const [client, items] of ranges) for (const item of items) this.remove(client, item.clock, item.len);
  }

  covers(client: number, clock: number, len: number): boolean {
    if (len <= 0) return true;
    return this.clients.get(client)?.covers(clock, clock + len) ?? false;
  }

  coversAll(ranges: ReadonlyMap<number, readonly ClockRange[]>): boolean {
    for (const [client, items] of ranges) for (const item of items) if (!this.covers(client, item.clock, item.len)) return false;
    return true;
  }

  /** At most how many ranges adding these would create: those that neither overlap nor touch one held. */
  newRangesFrom(ranges: ReadonlyMap<number, readonly ClockRange[]>): number {
    let count = 0;
    for (const [client, items] of ranges) {
      const list = this.clients.get(client);
      for (const item of items) if (item.len > 0 && !list?.touches(item.clock, item.clock + item.len)) count++;
    }
    return count;
  }

  /** Per client, how far its clocks are held without a gap from 0: a Yjs state vector. */
  stateVector(): Map<number, number> {
    const vector = new Map<number, number>();
    for (const [client, list] of this.clients) {
      const end = list.prefixEnd();
      if (end > 0) vector.set(client, end);
    }
    return vector;
  }

  get isEmpty(): boolean {
    return this.clients.size === 0;
  }

  /** Number of disjoint ranges held, over all clients: what a gap-riddled document costs. */
  get ranges(): number {
    return this.rangeCount;
  }

  /** Sum of the ranges' lengths: clocks covered. */
  totalLength(): number {
    let total = 0;
    for (const list of this.clients.values()) total += list.totalLength();
    return total;
  }

  entries(): Map<number, ClockRange[]> {
    const result = new Map<number, ClockRange[]>();
    for (const [client, list] of this.clients) result.set(client, list.starts.map((start, i) => ({ clock: start, len: (list.ends[i] as number) - start })));
    return result;
  }

  /** Yjs's V1 delete-set encoding: client count, then per client its id, range count and ranges. */
  encode(): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, this.clients.size);
    for (const [client, list] of this.clients) {
      encoding.writeVarUint(encoder, client);
      encoding.writeVarUint(encoder, list.length);
      for (let i = 0; i < list.length; i++) {
        encoding.writeVarUint(encoder, list.starts[i] as number);
        encoding.writeVarUint(encoder, (list.ends[i] as number) - (list.starts[i] as number));
      }
    }
    return encoding.toUint8Array(encoder);
  }

  static from(ranges: ReadonlyMap<number, readonly ClockRange[]>): ClockRanges {
    const set = new ClockRanges();
    set.addAll(ranges);
    return set;
  }

  /** Reads the delete-set encoding; throws on anything malformed, without trusting declared counts. */
  static decode(bytes: Uint8Array): ClockRanges {
    const decoder = decoding.createDecoder(bytes);
    const read = () => {
      if (decoder.pos >= bytes.length) throw new RangeError("truncated delete set");
      return decoding.readVarUint(decoder);
    };
    const set = new ClockRanges();
    const clients = read();
    for (let c = 0; c < clients; c++) {
      const client = read();
      const count = read();
      if (count * 2 > bytes.length - decoder.pos) throw new RangeError("delete set count exceeds its size");
      for (let r = 0; r < count; r++) set.add(client, read(), read());
    }
    if (decoder.pos !== bytes.length) throw new RangeError("trailing bytes after delete set");
    return set;
  }
}
