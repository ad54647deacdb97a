import { z } from 'zod';
import { ClientSchema, CommitmentSchema, ContactSchema, DismissalSchema, IsoDateTimeSchema, MailRecordSchema, SettingsSchema } from '../model';

export const BACKUP_FORMAT = 'bridgekeeper-backup';
/** Bump with a reader for the old shape; a file with a higher number is refused, never half-read. */
export const BACKUP_SCHEMA_VERSION = 1;

/** The record lists of a backup, in the order they are written. */
export const BACKUP_RECORD_STORES = ['clients', 'contacts', 'commitments', 'mail', 'dismissals'] as const;
export type BackupRecordStore = (typeof BACKUP_RECORD_STORES)[number];

const uniqueIds = <T extends { id: string }>(schema: z.ZodType<T>) =>
  z.array(schema).superRefine((records, ctx) => {
    const seen = new Map<string, number>();
    records.forEach((record, index) => {
      const first = seen.get(record.id);
      if (first === undefined) seen.set(record.id, index);
      else ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${record.id}" is used twice (also at [${first}])` });
    });
  });

export const BackupDataSchema = z.object({
  clients: uniqueIds(ClientSchema),
  contacts: uniqueIds(ContactSchema),
  commitments: uniqueIds(CommitmentSchema),
  mail: uniqueIds(MailRecordSchema),
  dismissals: uniqueIds(DismissalSchema),
  settings: SettingsSchema,
});

/** Everything Bridgekeeper keeps about the user's accounts, as one JSON file. The API key is never in it. */
export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION),
  exportedAt: IsoDateTimeSchema,
  data: BackupDataSchema,
});
export type Backup = z.infer<typeof BackupSchema>;
export type BackupData = Backup['data'];

export type BackupCounts = Record<BackupRecordStore, number>;

export function countBackup(data: BackupData): BackupCounts {
  return {
    clients: data.clients.length,
    contacts: data.contacts.length,
    commitments: data.commitments.length,
    mail: data.mail.length,
    dismissals: data.dismissals.length,
  };
}

/** `bridgekeeper-backup-2026-05-01.json`, dated in the user's own zone. */
export function backupFileName(now: Date, kind: 'backup' | 'contacts' = 'backup'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return kind === 'backup' ? `bridgekeeper-backup-${day}.json` : `bridgekeeper-contacts-${day}.csv`;
}
