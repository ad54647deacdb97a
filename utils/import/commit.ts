import { z } from 'zod';
import { ClientSchema, ContactSchema, describeIssues } from '../model';
import type { AccountStore } from '../store';
import { markDue } from '../store/agenda';

export const ImportBatchSchema = z.object({
  clients: z.array(ClientSchema),
  contacts: z.array(ContactSchema),
});
export type ImportBatch = z.infer<typeof ImportBatchSchema>;

export interface ImportCounts {
  clients: number;
  contacts: number;
}

export type CommitResult = { ok: true; counts: ImportCounts } | { ok: false; error: string };

/** Called as writes complete: `done` of `total` records. */
export type ImportProgress = (done: number, total: number) => void;

const PROGRESS_STEP = 100;

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}

/**
 * Writes an import plan in one IndexedDB transaction: every record is
 * checked first, every contact's client must be in the batch or already
 * stored, and if any write fails the transaction is aborted and nothing is
 * kept.
 */
export async function commitImport(store: AccountStore, batch: unknown, onProgress?: ImportProgress): Promise<CommitResult> {
  const parsed = ImportBatchSchema.safeParse(batch);
  if (!parsed.success) return { ok: false, error: `Nothing was imported: ${describeIssues(parsed.error.issues)}` };
  const { clients, contacts } = parsed.data;
  const total = clients.length + contacts.length;

  const tx = store.db.transaction(['clients', 'contacts', 'alertAgenda'], 'readwrite');
  try {
    const batchClientIds = new Set(clients.map((client) => client.id));
    const missing = new Set(contacts.map((contact) => contact.clientId).filter((id) => !batchClientIds.has(id)));
    for (const id of missing) {
      if (!(await tx.objectStore('clients').getKey(id))) {
        tx.abort();
        await tx.done.catch(() => undefined);
        const contact = contacts.find((c) => c.clientId === id);
        return { ok: false, error: `Nothing was imported: the contact "${contact?.name}" names a client (${id}) that does not exist.` };
      }
    }
    let done = 0;
    const tick = () => {
      done += 1;
      if (onProgress && (done % PROGRESS_STEP === 0 || done === total)) onProgress(done, total);
    };
    const writes: Array<Promise<unknown>> = [];
    // Watched from the start: if a later put throws, the earlier ones are rejected by the abort.
    const write = (request: Promise<unknown>) => {
      request.catch(() => undefined);
      writes.push(request);
    };
    for (const client of clients) write(tx.objectStore('clients').put(client).then(tick));
    for (const contact of contacts) write(tx.objectStore('contacts').put(contact).then(tick));
    markDue(tx.objectStore('alertAgenda'), [...clients.map((c) => c.id), ...contacts.map((c) => c.clientId)], write);
    await Promise.all([...writes, tx.done]);
    return { ok: true, counts: { clients: clients.length, contacts: contacts.length } };
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request.
    }
    await tx.done.catch(() => undefined);
    return { ok: false, error: `Nothing was imported: the database refused a write (${messageOf(error)}).` };
  }
}
