// Projects a Y.Map into a Solid store so components read shared data reactively. Each change
// reconciles the new JSON into the store, which keeps unchanged branches (and their DOM) as is.
import { createStore, reconcile, type Store } from "solid-js/store";
import { onCleanup } from "solid-js";
import type * as Y from "yjs";

export function projectYMap<T extends object>(map: Y.Map<unknown>, empty: T): Store<T> {
  const [state, setState] = createStore<T>({ ...empty, ...(map.toJSON() as Partial<T>) });
  const refresh = () => setState(reconcile({ ...empty, ...(map.toJSON() as Partial<T>) } as T));
  map.observeDeep(refresh);
  onCleanup(() => map.unobserveDeep(refresh));
  return state;
}
