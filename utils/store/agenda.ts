import type { IDBPObjectStore } from 'idb';
import { z } from 'zod';
import { ClientSchema, CommitmentSchema, ContactSchema, MailRecordSchema } from '../model';
import type { AlertEssentials } from '../signals';
import type { BridgekeeperDB, BridgekeeperStoreName } from './schema';
import type { QueueWrite } from './transaction';

/**
 * The alert agenda: for each client, the next day its alerts must be looked
 * at. The hourly check reads only the clients due (an index range), not the
 * whole book: at 10,000 clients and 100,000 mail records reading everything
 * takes seconds in Chromium.
 *
 * Every write to a client's data marks the client due now (`next: ''`, which
 * sorts before any day), in the same transaction as the write; the check
 * then sets the real next day (`nextAlertDay` in utils/signals), or removes
 * `next` when only a write can bring a new alert. With a day, the entry
 * keeps what of the client's data its alerts depend on (`alertEssentials`),
 * so that day's check reads one index range, not each client's records.
 */
export interface AgendaEntry {
  clientId: string;
  /** ISO day; '' = due at the next check; absent = nothing due until a write. */
  next?: string;
  /** Date.now() of the write that marked it due: a check that started earlier keeps the mark. */
  markedAt: number;
  /** Kept with a day; a write drops it with the mark. */
  essentials?: AlertEssentials;
}

/**
 * Read back like every record, and an entry that does not parse is looked at
 * from the records. Addresses and domains are only checked to be strings:
 * the agenda is written from records already parsed, and the address grammar
 * is most of the cost of parsing hundreds of clients' essentials each day.
 */
export const AlertEssentialsSchema: z.ZodType<AlertEssentials> = z.object({
  client: ClientSchema.extend({ domains: z.array(z.string()) }),
  contacts: z.array(ContactSchema.extend({ emails: z.array(z.string()) })),
  commitments: z.array(CommitmentSchema),
  mail: z.array(MailRecordSchema.extend({ from: z.string(), to: z.array(z.string()), cc: z.array(z.string()) })),
});

/** What the agenda says a day's check must look at: each client due, with its essentials when they still hold. */
export interface DueClient {
  clientId: string;
  essentials?: AlertEssentials;
}

/** A client's place on the agenda after a check. */
export interface AgendaPlan {
  next: string | null;
  essentials: AlertEssentials;
}

export const DUE_NOW = '';

/** What the agenda's days were computed with; another basis means every client is looked at again. */
export interface AgendaBasis {
  /** Bumped when the rules that decide the days change. */
  version: number;
  timeZone: string;
  keySilenceDays: number;
}

export const AGENDA_VERSION = 1;
export const AGENDA_BASIS_KEY = 'alertAgendaBasis';

type AgendaStore = IDBPObjectStore<BridgekeeperDB, BridgekeeperStoreName[], 'alertAgenda', 'readwrite'>;

/** Marks clients due at the next alert check: called by every write, inside its transaction. */
export function markDue(agenda: AgendaStore, clientIds: Iterable<string>, write: QueueWrite): void {
  const markedAt = Date.now();
  for (const clientId of new Set(clientIds)) write(agenda.put({ clientId, next: DUE_NOW, markedAt }));
}

export function sameBasis(a: AgendaBasis | undefined, b: AgendaBasis): boolean {
  return a !== undefined && a.version === b.version && a.timeZone === b.timeZone && a.keySilenceDays === b.keySilenceDays;
}
