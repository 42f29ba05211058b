// This device's tag for edit stamps (src/logbook/edit-stamp.ts): the first eight characters of
// the device's random id, kept in Dexie with its identity.
import { createResource, type Resource } from "solid-js";
import { useServices } from "../app/services";
import type { LogbookDatabase } from "../db/schema";
import { ensureDeviceIdentity } from "../db/device-identity";
import type { Editor } from "./edit-stamp";

async function deviceTag(db: LogbookDatabase): Promise<string> {
  return (await ensureDeviceIdentity(db)).deviceId.slice(0, 8);
}

/** An editor whose device tag fills in as soon as the device's identity has been read. */
export function editorFor(db: LogbookDatabase, label: string, personId: string): Editor {
  let tag = "";
  void deviceTag(db).then(
    (read) => (tag = read),
    () => undefined,
  );
  return { label, personId, device: () => tag };
}

/** This device's tag, for the screens that tell "you on this phone" from another device. */
export function useDeviceTag(): Resource<string> {
  const { db } = useServices();
  const [tag] = createResource(() => deviceTag(db));
  return tag;
}
