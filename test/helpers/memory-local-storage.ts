// A minimal synchronous localStorage, as browsers have, for unit tests that run in Node.
export class MemoryLocalStorage {
  private items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** Gives this test process a fresh, empty localStorage. */
export function useMemoryLocalStorage(): void {
  (globalThis as unknown as { localStorage: MemoryLocalStorage }).localStorage = new MemoryLocalStorage();
}
