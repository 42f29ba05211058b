// Which deletions a room already holds, so that an update bringing nothing new can be told
// apart from a real write. Stock clients answer every reconnect with an update that repeats the
// whole delete set; without this, a reader would be told "permission denied" for edits it never
// made, and every writer's reconnect would store the delete set again.
// Incoming updates bring their delete set already read by the update guard, so checking one
// never decodes it again (a 2,240-update backlog would otherwise be decoded twice more).
import * as Y from "yjs";

type Ranges = Map<number, { clock: number; len: number }[]>;
type IncomingRanges = ReadonlyMap<number, readonly { clock: number; len: number }[]>;

function deleteRangesOf(update: Uint8Array): Ranges {
  const ranges: Ranges = new Map();
  for (const [client, items] of Y.decodeUpdate(update).ds.clients) {
    ranges.set(client, items.map((item) => ({ clock: item.clock, len: item.len })));
  }
  return ranges;
}

function normalise(items: readonly { clock: number; len: number }[]): { clock: number; len: number }[] {
  const sorted = [...items].sort((a, b) => a.clock - b.clock);
  const merged: { clock: number; len: number }[] = [];
  for (const item of sorted) {
    const last = merged[merged.length - 1];
    if (last && item.clock <= last.clock + last.len) last.len = Math.max(last.len, item.clock + item.len - last.clock);
    else merged.push({ ...item });
  }
  return merged;
}

export interface KnownDeletes {
  covers(deletes: IncomingRanges): boolean;
  add(deletes: IncomingRanges): void;
}

/** `state` is read only when first needed, since most updates carry new content anyway. */
export function createKnownDeletes(state: () => Uint8Array): KnownDeletes {
  let known: Ranges | null = null;
  const load = (): Ranges => {
    if (!known) {
      known = deleteRangesOf(state());
      for (const [client, items] of known) known.set(client, normalise(items));
    }
    return known;
  };
  return {
    covers(deletes) {
      if (deletes.size === 0) return true;
      const have = load();
      for (const [client, items] of deletes) {
        const held = have.get(client) ?? [];
        for (const item of items) {
          if (item.len === 0) continue;
          const holder = held.find((range) => range.clock <= item.clock && item.clock + item.len <= range.clock + range.len);
          if (!holder) return false;
        }
      }
      return true;
    },
    add(deletes) {
      if (!known) return;
      for (const [client, items] of deletes) if (items.length > 0) known.set(client, normalise([...(known.get(client) ?? []), ...items]));
    },
  };
}
