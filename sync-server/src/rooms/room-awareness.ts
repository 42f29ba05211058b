// Who is here right now, per room: awareness states as y-websocket relays them. A client may only
// speak for the awareness ids it introduced itself, and its states are removed for everyone when
// its socket closes.
import { encodeAwareness } from "../protocol/messages";
import { encodeAwarenessUpdate, type AwarenessEntry } from "../protocol/awareness";

export function createRoomAwareness(broadcast: (frame: Uint8Array, exceptPeerId: number) => void) {
  const states = new Map<number, { entry: AwarenessEntry; peerId: number }>();
  const present = () => [...states.values()].map((held) => held.entry).filter((entry) => entry.state !== "null");
  return {
    /** What a newly joined peer should see, or null when nobody is present. */
    snapshot(): Uint8Array | null {
      const entries = present();
      return entries.length > 0 ? encodeAwareness(encodeAwarenessUpdate(entries)) : null;
    },
    set(fromPeerId: number, entries: AwarenessEntry[]): void {
      const accepted = entries.filter((entry) => {
        const held = states.get(entry.clientId);
        if (held && (held.peerId !== fromPeerId || held.entry.clock > entry.clock)) return false;
        states.set(entry.clientId, { entry, peerId: fromPeerId });
        return true;
      });
      if (accepted.length > 0) broadcast(encodeAwareness(encodeAwarenessUpdate(accepted)), fromPeerId);
    },
    /** The peer left: its states go, for everyone else. */
    remove(peerId: number): void {
      const gone: AwarenessEntry[] = [];
      for (const [clientId, held] of states) {
        if (held.peerId !== peerId) continue;
        states.delete(clientId);
        gone.push({ clientId, clock: held.entry.clock + 1, state: "null" });
      }
      if (gone.length > 0) broadcast(encodeAwareness(encodeAwarenessUpdate(gone)), peerId);
    },
  };
}
