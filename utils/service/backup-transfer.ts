import { createTransferRoom, exportBackup } from '../backup';
import { fail, type Handlers, type SenderInfo } from '../messaging';
import type { ServiceDeps } from './deps';

type TransferHandlers = Pick<Handlers, 'backup/export/start' | 'backup/export/part' | 'backup/restore/start' | 'backup/restore/part' | 'backup/restore/finish'>;

/**
 * Export and restore of a backup of any size, in parts across the message
 * boundary. The text is the same as `backup/export` gives and
 * `backup/restore` takes; the whole received text goes through `restore`
 * (the `backup/restore` handler), so both paths check and write alike.
 */
export function backupTransferHandlers(deps: ServiceDeps, restore: Handlers['backup/restore']): TransferHandlers {
  const room = createTransferRoom({ now: () => deps.now().getTime(), newId: () => crypto.randomUUID() });
  return {
    'backup/export/start': async () => ({ ok: true, ...room.offer(await exportBackup(deps.store, deps.now())) }),
    'backup/export/part': async ({ transferId, index }) => {
      const part = room.part(transferId, index);
      return part.ok ? { ok: true, text: part.value } : fail(part.error);
    },
    'backup/restore/start': async ({ chars, parts }) => {
      const opened = room.receive(chars, parts);
      return opened.ok ? { ok: true, transferId: opened.value } : fail(opened.error);
    },
    'backup/restore/part': async ({ transferId, index, text }) => {
      const accepted = room.accept(transferId, index, text);
      return accepted.ok ? { ok: true } : fail(accepted.error);
    },
    'backup/restore/finish': async ({ transferId, mode, llm }, sender: SenderInfo) => {
      const text = room.take(transferId);
      if (!text.ok) return fail(text.error);
      return restore({ type: 'backup/restore', text: text.value, mode, ...(llm ? { llm } : {}) }, sender);
    },
  };
}
