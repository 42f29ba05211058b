import { describe, expect, it } from "vitest";
import { ClockRanges } from "./clock-ranges";

/** The same operations on a plain set of clocks, to compare against. */
class NaiveClocks {
  readonly held = new Map<number, Set<number>>();
  add(client: number, clock: number, len: number) {
    const set = this.held.get(client) ?? new Set<number>();
    for (let c = clock; c < clock + len; c++) set.add(c);
    this.held.set(client, set);
  }
  remove(client: number, clock: number, len: number) {
    for (let c = clock; c < clock + len; c++) this.held.get(client)?.delete(c);
  }
  covers(client: number, clock: number, len: number) {
    for (let c = clock; c < clock + len; c++) if (!this.held.get(client)?.has(c)) return false;
    return true;
  }
  prefix(client: number) {
    let c = 0;
    while (this.held.get(client)?.has(c)) c++;
    return c;
  }
}

describe("clock ranges", () => {
  it("agree with a plain set of clocks over 5,000 random adds, removes and questions", () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const ranges = new ClockRanges();
    const naive = new NaiveClocks();
    for (let step = 0; step < 5000; step++) {
      const client = random(3);
      const clock = random(200);
      const len = random(12);
      if (random(4) === 0) {
        ranges.remove(client, clock, len);
        naive.remove(client, clock, len);
      } else {
        ranges.add(client, clock, len);
        naive.add(client, clock, len);
      }
      const probe = random(200);
      const probeLen = 1 + random(10);
      expect(ranges.covers(client, probe, probeLen)).toBe(naive.covers(client, probe, probeLen));
      expect(ranges.stateVector().get(client) ?? 0).toBe(naive.prefix(client));
    }
    // Disjoint and not touching: every range is as long as it can be.
    for (const items of ranges.entries().values()) {
      for (let i = 1; i < items.length; i++) expect(items[i]!.clock).toBeGreaterThan(items[i - 1]!.clock + items[i - 1]!.len);
    }
    const total = [...naive.held.values()].reduce((sum, set) => sum + set.size, 0);
    expect(ranges.totalLength()).toBe(total);
  });

  it("round-trips through the delete-set encoding, and refuses a truncated or lying one", () => {
    const ranges = ClockRanges.from(new Map([[5, [{ clock: 0, len: 3 }, { clock: 10, len: 1 }]], [2 ** 31, [{ clock: 7, len: 100 }]]]));
    const decoded = ClockRanges.decode(ranges.encode());
    expect(decoded.entries()).toEqual(ranges.entries());
    expect(ranges.ranges).toBe(3);
    const bytes = ranges.encode();
    expect(() => ClockRanges.decode(bytes.subarray(0, bytes.length - 1))).toThrow(RangeError);
    expect(() => ClockRanges.decode(new Uint8Array([1, 5, 100, 0, 1]))).toThrow(RangeError);
    expect(() => ClockRanges.decode(new Uint8Array([0, 0]))).toThrow(RangeError);
    expect(ClockRanges.decode(new Uint8Array([0])).isEmpty).toBe(true);
  });
});
