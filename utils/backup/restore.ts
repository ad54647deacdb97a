import { ClientSchema, CommitmentSchema, ContactSchema, describeIssues } from '../model';
import type { AccountStore } from '../store';
import { markDue } from '../store/agenda';
import { allOrNothing, messageOf } from '../store/transaction';
import { SETTINGS_KEY } from './export';
import { parseBackup } from './parse';
import { BACKUP_RECORD_STORES, BackupSchema, type BackupCounts } from './schema';

export type RestoreMode = 'replace' | 'merge';

export type RestoreResult =
  | {
      ok: true;
      /** Records written per store (in a merge, those added or newer than what was here). */
      counts: BackupCounts;
      settingsRestored: boolean;
    }
  | { ok: false; error: string };

const NOTHING_CHANGED = 'Nothing was changed.';

const time = (iso: string) => Date.parse(iso);

/**
 * Writes a backup in ONE transaction over every store, so a failure halfway
 * (quota, a closed database) leaves the data exactly as it was.
 *
 * - `replace` empties the record stores and writes the backup and its settings.
 * - `merge` keeps what is here and adds what the backup has; when both hold a
 *   record with the same id, the more recently updated one stays (the one
 *   here on a tie). Mail records and dismissals already here are kept.
 *   Settings here are kept; the backup's are used only when none are stored.
 */
export async function restoreBackup(store: AccountStore, input: unknown, options: { mode: RestoreMode }): Promise<RestoreResult> {
  const parsed = BackupSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: `Not a valid backup: ${describeIssues(parsed.error.issues)}. ${NOTHING_CHANGED}` };
  const { data } = parsed.data;
  const counts: BackupCounts = { clients: 0, contacts: 0, commitments: 0, mail: 0, dismissals: 0 };
  let settingsRestored = false;

  let tx;
  try {
    tx = store.db.transaction([...BACKUP_RECORD_STORES, 'meta', 'alertAgenda'], 'readwrite');
  } catch (error) {
    return { ok: false, error: `Could not open the database for the restore (${messageOf(error)}). ${NOTHING_CHANGED}` };
  }
  try {
    await allOrNothing(tx, async (write) => {
      // Every client the backup speaks of is looked at by the next alert check.
      const owners = [
        ...data.clients.map((c) => c.id),
        ...data.contacts.map((c) => c.clientId),
        ...data.commitments.map((c) => c.clientId),
        ...data.mail.map((m) => m.clientId),
      ];
      if (options.mode === 'replace') {
        await tx.objectStore('alertAgenda').clear();
        markDue(tx.objectStore('alertAgenda'), owners, write);
        for (const name of BACKUP_RECORD_STORES) await tx.objectStore(name).clear();
        for (const name of BACKUP_RECORD_STORES) {
          const target = tx.objectStore(name);
          for (const record of data[name]) write(target.put(record as never));
          counts[name] = data[name].length;
        }
        write(tx.objectStore('meta').put(data.settings, SETTINGS_KEY));
        settingsRestored = true;
        return;
      }
      markDue(tx.objectStore('alertAgenda'), owners, write);
      const schemas = { clients: ClientSchema, contacts: ContactSchema, commitments: CommitmentSchema };
      for (const name of ['clients', 'contacts', 'commitments'] as const) {
        const target = tx.objectStore(name);
        const here = new Map<string, unknown>();
        for (const value of await target.getAll()) here.set((value as { id: string }).id, value);
        for (const record of data[name]) {
          // A stored record that no longer parses is repaired by the backup's copy.
          const current = schemas[name].safeParse(here.get(record.id));
          if (current.success && time(current.data.updatedAt) >= time(record.updatedAt)) continue;
          write(target.put(record as never));
          counts[name] += 1;
        }
      }
      for (const name of ['mail', 'dismissals'] as const) {
        const target = tx.objectStore(name);
        const here = new Set(await target.getAllKeys());
        for (const record of data[name]) {
          if (here.has(record.id)) continue;
          write(target.put(record as never));
          counts[name] += 1;
        }
      }
      if ((await tx.objectStore('meta').get(SETTINGS_KEY)) === undefined) {
        write(tx.objectStore('meta').put(data.settings, SETTINGS_KEY));
        settingsRestored = true;
      }
    });
    return { ok: true, counts, settingsRestored };
  } catch (error) {
    return { ok: false, error: `The restore failed and was rolled back (${messageOf(error)}). ${NOTHING_CHANGED}` };
  }
}

/** Reads a backup file and restores it; a file that does not read whole writes nothing. */
export async function restoreBackupText(store: AccountStore, text: string, options: { mode: RestoreMode }): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return restoreBackup(store, parsed.backup, options);
}
