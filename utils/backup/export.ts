import type { z } from 'zod';
import { ClientSchema, CommitmentSchema, ContactSchema, DismissalSchema, MailRecordSchema, SettingsSchema, defaultSettings, describeIssues } from '../model';
import type { AccountStore, CorruptRecord } from '../store';
import { BACKUP_FORMAT, BACKUP_RECORD_STORES, BACKUP_SCHEMA_VERSION, type Backup, type BackupRecordStore } from './schema';

const RECORD_SCHEMAS: Record<BackupRecordStore, z.ZodType<{ id: string }>> = {
  clients: ClientSchema,
  contacts: ContactSchema,
  commitments: CommitmentSchema,
  mail: MailRecordSchema,
  dismissals: DismissalSchema,
};

export const SETTINGS_KEY = 'settings';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Reads every store in one transaction, so the backup is one moment's state.
 * Records that no longer parse cannot be restored and are returned apart, for
 * the caller to tell the user.
 */
export async function collectBackup(store: AccountStore, now: Date): Promise<{ backup: Backup; corrupt: CorruptRecord[] }> {
  const tx = store.db.transaction([...BACKUP_RECORD_STORES, 'meta'], 'readonly');
  const corrupt: CorruptRecord[] = [];
  const lists = await Promise.all(
    BACKUP_RECORD_STORES.map(async (name) => {
      const items: unknown[] = [];
      for (const value of await tx.objectStore(name).getAll()) {
        const parsed = RECORD_SCHEMAS[name].safeParse(value);
        if (parsed.success) items.push(parsed.data);
        else corrupt.push({ store: name, key: String((value as { id?: unknown }).id), error: describeIssues(parsed.error.issues) });
      }
      return (items as Array<{ id: string }>).sort(byId);
    }),
  );
  const rawSettings = await tx.objectStore('meta').get(SETTINGS_KEY);
  await tx.done;
  let settings = defaultSettings();
  if (rawSettings !== undefined) {
    const parsed = SettingsSchema.safeParse(rawSettings);
    if (parsed.success) settings = parsed.data;
    else corrupt.push({ store: 'meta', key: SETTINGS_KEY, error: describeIssues(parsed.error.issues) });
  }
  const [clients, contacts, commitments, mail, dismissals] = lists;
  const backup = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    data: { clients, contacts, commitments, mail, dismissals, settings },
  } as Backup;
  return { backup, corrupt };
}

/** Objects rebuilt with their keys in sorted order, so the same data always gives the same text. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}

/**
 * The backup as text: envelope fields first, records sorted by id, keys
 * sorted within each record, two-space indent and a final newline. Export,
 * restore into an empty database and export again gives the same bytes.
 */
export function serializeBackup(backup: Backup): string {
  const { data } = backup;
  const ordered = {
    format: backup.format,
    schemaVersion: backup.schemaVersion,
    exportedAt: backup.exportedAt,
    data: {
      clients: sortKeys([...data.clients].sort(byId)),
      contacts: sortKeys([...data.contacts].sort(byId)),
      commitments: sortKeys([...data.commitments].sort(byId)),
      mail: sortKeys([...data.mail].sort(byId)),
      dismissals: sortKeys([...data.dismissals].sort(byId)),
      settings: sortKeys(data.settings),
    },
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export async function exportBackup(store: AccountStore, now: Date): Promise<string> {
  return serializeBackup((await collectBackup(store, now)).backup);
}
