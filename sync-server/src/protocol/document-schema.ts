// Which nested types each kind of document may hold. The app keeps everything it can in root
// types (merged by name), so most documents have no nested type at all; the committee's program
// has one map per event or contact, each holding a few texts (src/program/program-document.ts).
// An update that creates any other nested type, or one at another place, is refused: no honest
// device writes it, and it is how a participant would make other people's Y.Docs recurse without
// end (a chain of nested maps) or hold types the readers never expect.
//
// Nesting across updates is checked against what the room already holds: the program's event and
// contact maps, kept in a NestedTypeIndex as updates are accepted. Root names, map keys and values
// are not checked here: readers ignore what they do not know, and the size limit bounds the rest.
import type { DocumentKind } from "../auth/roles";
import type { TypeItem } from "./update-guard";
import { contactTextFields, eventTextFields, programRoots } from "../../../src/program/program-document";

const YMap = 1;
const YText = 2;

/** Where a nested type may be: inside which roots, of which type, and what may nest in it by key. */
interface ContainerRule {
  typeRef: number;
  /** The texts each container holds, by key. */
  fields: ReadonlySet<string>;
}

/** Per kind: for each root name, the one kind of container its entries may be. */
const schemas: Record<DocumentKind, ReadonlyMap<string, ContainerRule>> = {
  student: new Map(),
  tutor: new Map(),
  "student-final": new Map(),
  "tutor-final": new Map(),
  arrival: new Map(),
  // Root-level texts and one map of scalars only (src/logbook/student-arrival-document.ts).
  "student-arrival": new Map(),
  program: new Map([
    [programRoots.events, { typeRef: YMap, fields: new Set<string>(eventTextFields) }],
    [programRoots.contacts, { typeRef: YMap, fields: new Set<string>(contactTextFields) }],
  ]),
};

/** The containers a room holds (the program's event and contact maps), by the id of the item that created them. */
export class NestedTypeIndex {
  private readonly containers = new Map<string, string>();

  rootOf(client: number, clock: number): string | undefined {
    return this.containers.get(`${client}:${clock}`);
  }

  add(entries: readonly ContainerEntry[]): void {
    for (const entry of entries) this.containers.set(`${entry.client}:${entry.clock}`, entry.root);
  }

  get size(): number {
    return this.containers.size;
  }
}

export interface ContainerEntry {
  client: number;
  clock: number;
  root: string;
}

export interface NestedTypeCheck {
  /** New containers this update creates, to add to the index once it is accepted. */
  containers: ContainerEntry[];
  /** Type items outside the schema; empty when the update may be accepted. */
  violations: TypeItem[];
  /** Why the first violation is one, for the close reason. */
  reason: string | null;
}

export function checkNestedTypes(kind: DocumentKind, types: readonly TypeItem[], index: NestedTypeIndex): NestedTypeCheck {
  const schema = schemas[kind];
  const containers: ContainerEntry[] = [];
  const violations: TypeItem[] = [];
  let reason: string | null = null;
  const refuse = (item: TypeItem, why: string) => {
    violations.push(item);
    reason ??= why;
  };
  if (types.length === 0) return { containers, violations, reason };
  const level3: TypeItem[] = [];
  // Containers first: a text may be created in the same update as its map, before or after it.
  for (const item of types) {
    if (item.typeRef === "doc") refuse(item, "subdocuments are not part of this document");
    else if (item.hasOrigin || item.key === null) refuse(item, "a nested type must be created under a new key");
    else if (item.parent && "root" in item.parent) {
      const rule = schema.get(item.parent.root);
      if (!rule || rule.typeRef !== item.typeRef) refuse(item, schema.size === 0 ? "this document has no nested types" : `no nested type of this kind belongs in "${item.parent.root}"`);
      else containers.push({ client: item.client, clock: item.clock, root: item.parent.root });
    } else level3.push(item);
  }
  const inUpdate = new Map(containers.map((entry) => [`${entry.client}:${entry.clock}`, entry.root]));
  for (const item of level3) {
    const parent = item.parent as { client: number; clock: number };
    const root = index.rootOf(parent.client, parent.clock) ?? inUpdate.get(`${parent.client}:${parent.clock}`);
    const rule = root === undefined ? undefined : schema.get(root);
    if (!rule) refuse(item, "types nested deeper than this document has");
    else if (item.typeRef !== YText || !rule.fields.has(item.key as string)) refuse(item, `no nested type of this kind belongs in an entry of "${root}"`);
  }
  return { containers, violations, reason };
}
