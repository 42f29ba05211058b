// Who last changed an entry, as the entry's stamp records it: the time, the name and device to
// show to others ("Sam Student · Android phone"), and the person's id and a tag of the device,
// so that a person's own screen can say "you on this phone" or "you on your Mac computer". The
// tag is the first eight characters of the device's random id (device-tag-store.ts); it names no
// one. Pure: the server reads stamps with the documents.
import type * as Y from "yjs";
import type { LastEdit } from "./student-document";

export const stampKeys = { at: "editedAt", by: "editedBy", person: "editedByPerson", device: "editedOnDevice" } as const;

export interface Editor {
  /** "Sam Student · Android phone" */
  label: string;
  personId: string;
  /** Resolves once the device's identity is read; "" for a stamp written before. */
  device: () => string;
}

export function writeStamp(map: Y.Map<unknown>, editor: Editor, at: number): void {
  map.set(stampKeys.at, at);
  map.set(stampKeys.by, editor.label);
  map.set(stampKeys.person, editor.personId);
  const device = editor.device();
  if (device) map.set(stampKeys.device, device);
  else map.delete(stampKeys.device);
}

export function readStamp(map: Y.Map<unknown>): LastEdit | null {
  const text = (key: string) => {
    const value = map.get(key);
    return typeof value === "string" ? value : undefined;
  };
  const at = map.get(stampKeys.at);
  if (typeof at !== "number") return null;
  const personId = text(stampKeys.person);
  const device = text(stampKeys.device);
  return { at, by: text(stampKeys.by) ?? "", ...(personId ? { personId } : {}), ...(device ? { device } : {}) };
}

export type EditAuthor = { kind: "you-here" } | { kind: "you-elsewhere"; device: string } | { kind: "other"; name: string };

/** Who made `edit`, as `viewer` on the device tagged `device` should read it. */
export function editAuthor(edit: LastEdit, viewer: { personId: string; device: string }): EditAuthor {
  if (!edit.personId || edit.personId !== viewer.personId) return { kind: "other", name: edit.by };
  if (edit.device && edit.device === viewer.device) return { kind: "you-here" };
  return { kind: "you-elsewhere", device: edit.by.split(" · ").at(-1) ?? "" };
}
