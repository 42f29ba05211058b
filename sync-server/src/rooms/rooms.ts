// All loaded rooms of one server. A room is created on first connection, loaded from storage
// before it serves anyone, and dropped when its last peer leaves and its writes are committed.
import type { DocStorage } from "../storage/doc-storage";
import type { Metrics } from "../http/metrics";
import type { DocumentWork } from "../work/document-work";
import { parseDocumentName } from "../auth/roles";
import { createRoom, type Room, type RoomOptions } from "./room";

export interface Rooms {
  open(name: string): Room;
  get(name: string): Room | undefined;
  all(): Room[];
  settleAll(): Promise<void>;
}

export function createRooms(options: {
  storage: DocStorage;
  work: DocumentWork;
  metrics: Metrics;
  maxDocumentBytes: number;
  maxClockRanges: RoomOptions["maxClockRanges"];
  maxQueuedJobs: RoomOptions["maxQueuedJobs"];
  log: (message: string) => void;
  onCommitted?: (name: string) => void;
}): Rooms {
  const rooms = new Map<string, Room>();
  const onIdle = (room: Room) => {
    if (rooms.get(room.name) === room && room.peerCount === 0) {
      rooms.delete(room.name);
      options.metrics.loadedDocuments.set(rooms.size);
    }
  };
  return {
    open(name) {
      const existing = rooms.get(name);
      if (existing && !existing.broken) return existing;
      const ref = parseDocumentName(name);
      if (!ref) throw new Error("rooms are opened for valid document names only");
      const room = createRoom({ name, kind: ref.kind, ...options, onIdle });
      rooms.set(name, room);
      options.metrics.loadedDocuments.set(rooms.size);
      return room;
    },
    get: (name) => rooms.get(name),
    all: () => [...rooms.values()],
    async settleAll() {
      await Promise.all([...rooms.values()].map((room) => room.settled()));
    },
  };
}
