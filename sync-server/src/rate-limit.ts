// A token bucket: `rate` tokens per second, holding at most `burst`.
export interface TokenBucket {
  take(count?: number): boolean;
}

export function createTokenBucket(rate: number, burst: number, now: () => number = () => performance.now()): TokenBucket {
  let tokens = burst;
  let last = now();
  return {
    take(count = 1) {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * rate);
      last = t;
      if (tokens < count) return false;
      tokens -= count;
      return true;
    },
  };
}

/** One bucket per key (an IP address, a person), forgotten once full again so the map cannot grow forever. */
export function createKeyedLimiter(rate: number, burst: number, now: () => number = () => performance.now()) {
  const buckets = new Map<string, { bucket: TokenBucket; lastUsed: number }>();
  const idleMs = (burst / rate) * 1000;
  return {
    take(key: string, count = 1): boolean {
      const t = now();
      if (buckets.size > 10_000) for (const [k, v] of buckets) if (t - v.lastUsed > idleMs) buckets.delete(k);
      let held = buckets.get(key);
      if (!held) {
        held = { bucket: createTokenBucket(rate, burst, now), lastUsed: t };
        buckets.set(key, held);
      }
      held.lastUsed = t;
      return held.bucket.take(count);
    },
  };
}
