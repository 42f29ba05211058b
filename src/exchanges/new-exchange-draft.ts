// The new-exchange form as the officer types it, kept on this device (Dexie) until the server
// has created the exchange: a reload, a closed laptop or a server out of reach loses nothing,
// and the officer sends it when the server can be reached again.
import { useServices } from "../app/services";
import type { LogbookDatabase } from "../db/schema";
import type { ExchangeForm } from "./exchange-form";

export interface NewExchangeDraft {
  form: ExchangeForm;
  savedAt: number;
}

export interface NewExchangeDraftStore {
  load(): Promise<NewExchangeDraft | null>;
  save(form: ExchangeForm): Promise<void>;
  clear(): Promise<void>;
}

export function createNewExchangeDraftStore(db: LogbookDatabase, personId: string): NewExchangeDraftStore {
  const key = `new-exchange:${personId}`;
  return {
    async load() {
      const record = await db.drafts.get(key);
      return record ? { form: record.body as ExchangeForm, savedAt: record.savedAt } : null;
    },
    save: async (form) => void (await db.drafts.put({ key, savedAt: Date.now(), body: form })),
    clear: () => db.drafts.delete(key),
  };
}

export function useNewExchangeDraft(personId: string): NewExchangeDraftStore {
  return createNewExchangeDraftStore(useServices().db, personId);
}
