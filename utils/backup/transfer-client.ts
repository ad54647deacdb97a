import type { Messenger, SuccessOf } from '../messaging';
import { splitText, type TransferAnswer, type TransferProgress } from './transfer';
import type { RestoreMode } from './restore';

export type OnTransferProgress = (progress: TransferProgress) => void;

/**
 * The page's side of an export: the backup's text in parts, in order, to be
 * joined where the file is written (a Blob). No message ever holds the whole
 * file, so its size does not matter.
 */
export async function fetchBackupParts(request: Messenger, onProgress?: OnTransferProgress): Promise<TransferAnswer<string[]>> {
  onProgress?.({ phase: 'preparing' });
  const start = await request('backup/export/start', {});
  if (!start.ok) return start;
  const parts: string[] = [];
  for (let index = 0; index < start.parts; index += 1) {
    onProgress?.({ phase: 'receiving', done: index, total: start.parts });
    const part = await request('backup/export/part', { transferId: start.transferId, index });
    if (!part.ok) return part;
    parts.push(part.text);
  }
  onProgress?.({ phase: 'receiving', done: start.parts, total: start.parts });
  const chars = parts.reduce((sum, part) => sum + part.length, 0);
  if (chars !== start.chars) return { ok: false, error: `The backup did not arrive whole (${chars} of ${start.chars} characters).` };
  return { ok: true, value: parts };
}

export type RestoreAnswer = SuccessOf<'backup/restore/finish'> | { ok: false; error: string };

/**
 * The page's side of a restore: the file's text goes to the background in
 * parts, then the background checks all of it and writes it in one
 * transaction (or writes nothing).
 */
export async function restoreBackupInParts(
  request: Messenger,
  text: string,
  options: { mode: RestoreMode; llm?: 'keep' | 'use-backup' },
  onProgress?: OnTransferProgress,
): Promise<RestoreAnswer> {
  const parts = splitText(text);
  const start = await request('backup/restore/start', { chars: text.length, parts: parts.length });
  if (!start.ok) return start;
  for (const [index, part] of parts.entries()) {
    onProgress?.({ phase: 'sending', done: index, total: parts.length });
    const sent = await request('backup/restore/part', { transferId: start.transferId, index, text: part });
    if (!sent.ok) return sent;
  }
  onProgress?.({ phase: 'sending', done: parts.length, total: parts.length });
  onProgress?.({ phase: 'writing' });
  return request('backup/restore/finish', { transferId: start.transferId, mode: options.mode, ...(options.llm ? { llm: options.llm } : {}) });
}
