import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, BackupSchema, countBackup, type Backup, type BackupCounts } from './schema';

export type BackupParse =
  | {
      ok: true;
      backup: Backup;
      counts: BackupCounts;
      /** Things worth saying before a restore that do not stop it. */
      warnings: string[];
    }
  | { ok: false; error: string };

const NOTHING = 'Nothing was imported.';

/** "line 3, column 14" of a character offset. */
function locate(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/**
 * JSON.parse's message, with where it stopped. A file cut off in the middle
 * (a failed download, a full disk) fails at its very end, whatever the
 * engine's wording; that is told apart from a file that is not JSON at all.
 */
function describeSyntaxError(text: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+$/, '');
  const end = text.trimEnd().length;
  const position = /position (\d+)/.exec(message);
  const offset = position?.[1] !== undefined ? Number(position[1]) : undefined;
  const truncated = /end of (JSON )?(input|data)|unterminated/i.test(message) || (offset !== undefined && offset >= end - 1);
  const where = /line \d+/i.test(message) ? '' : ` at ${locate(text, offset ?? end)}`;
  return truncated
    ? `The file is not complete JSON (it may be truncated): ${message}${where}. ${NOTHING}`
    : `The file is not valid JSON: ${message}${where}. ${NOTHING}`;
}

/** `data.contacts[12].emails.0`: a record by its place in the list, then the field inside it. */
function describePath(path: readonly PropertyKey[]): string {
  let out = '';
  path.forEach((part, index) => {
    if (typeof part === 'number' && index === 2 && path[0] === 'data') out += `[${part}]`;
    else out += `${out ? '.' : ''}${String(part)}`;
  });
  return out;
}

function describeBackupIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => `${describePath(issue.path)}: ${issue.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : '';
  return `${shown.join('; ')}${more}`;
}

/** Records that name a client the backup does not hold: restored as they are, but worth a word. */
function orphanWarnings(backup: Backup): string[] {
  const clientIds = new Set(backup.data.clients.map((client) => client.id));
  const warnings: string[] = [];
  for (const store of ['contacts', 'commitments', 'mail'] as const) {
    const orphans = backup.data[store].filter((record) => !clientIds.has(record.clientId)).length;
    if (orphans === 0) continue;
    const noun = store === 'mail' ? 'mail record' : store.slice(0, -1);
    warnings.push(`${orphans} ${noun}${orphans === 1 ? ' names' : 's name'} a client that is not in this backup.`);
  }
  return warnings;
}

/**
 * Reads a backup file and checks all of it before anything is written: the
 * answer is either the whole backup, valid, or one message saying what is
 * wrong and where.
 */
export function parseBackup(raw: string): BackupParse {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') return { ok: false, error: `The file is empty. ${NOTHING}` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: describeSyntaxError(text, error) };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json) || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: `This file is not a Bridgekeeper backup (it has no "format": "${BACKUP_FORMAT}"). ${NOTHING}` };
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_SCHEMA_VERSION) {
    return {
      ok: false,
      error: `This backup was written by a newer Bridgekeeper (schema version ${version}); this version reads up to ${BACKUP_SCHEMA_VERSION}. ${NOTHING}`,
    };
  }
  if (version !== BACKUP_SCHEMA_VERSION) {
    return { ok: false, error: `This backup has no schema version this Bridgekeeper knows (found ${JSON.stringify(version) ?? 'none'}). ${NOTHING}` };
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: `${describeBackupIssues(parsed.error.issues)}; nothing was imported.` };
  return { ok: true, backup: parsed.data, counts: countBackup(parsed.data.data), warnings: orphanWarnings(parsed.data) };
}
