import { fail, type Handlers, type SenderInfo } from '../messaging';
import { SCHEMA_VERSION, type Commitment } from '../model';
import type { ServiceDeps, TabThread } from './deps';

type DeadlineHandlers = Pick<Handlers, 'deadline/confirm' | 'deadline/dismiss'>;

const NOT_OFFERED = 'This deadline is not among those suggested for the thread open in this tab. Open the thread again.';

/**
 * The suggestion a tab's content script names, looked up in what the
 * background itself suggested for that tab's thread: the page chooses which
 * one, never the client, the date or the wording.
 */
async function offered(deps: ServiceDeps, sender: SenderInfo, suggestionId: string) {
  const thread: TabThread | null = sender.tabId === undefined ? null : await deps.tabs.recall(sender.tabId);
  const client = thread?.view.state === 'matched' ? thread.view.client : undefined;
  const suggestion = thread?.view.deadlineSuggestions.find((s) => s.id === suggestionId);
  if (!thread || !client || !suggestion) return null;
  return { thread, client, suggestion };
}

/** Track or dismiss a deadline the background found in the tab's thread. */
export function deadlineHandlers(deps: ServiceDeps): DeadlineHandlers {
  return {
    'deadline/confirm': async ({ suggestionId }, sender) => {
      const found = await offered(deps, sender, suggestionId);
      if (!found) return fail(NOT_OFFERED);
      const { thread, client, suggestion } = found;
      if (suggestion.tracked) return fail('This deadline is already tracked.');
      // The sidebar shows a date already behind us as past, never as something to track.
      if (suggestion.past) return fail('This date has already passed: it is not offered as a deadline to track.');
      const stamp = deps.now().toISOString();
      const commitment: Commitment = {
        schemaVersion: SCHEMA_VERSION,
        id: `commitment-${suggestion.id}`.slice(0, 128),
        clientId: client.id,
        kind: suggestion.kind,
        title: suggestion.title,
        dueAt: suggestion.due,
        status: 'open',
        notified: [],
        source: {
          provider: thread.provider,
          ...(thread.view.threadId ? { threadId: thread.view.threadId } : {}),
          messageId: suggestion.messageId,
          quote: suggestion.quote,
        },
        createdAt: stamp,
        updatedAt: stamp,
      };
      // Only ever a new record: an existing commitment with this id is left as it is.
      const result = await deps.store.addCommitment(commitment);
      if (!result.ok) return fail(result.error);
      deps.accountsChanged();
      return { ok: true, commitment: { id: result.value.id, title: result.value.title, dueAt: result.value.dueAt } };
    },
    'deadline/dismiss': async ({ suggestionId }, sender) => {
      const found = await offered(deps, sender, suggestionId);
      if (!found) return fail(NOT_OFFERED);
      await deps.store.putDismissal({ schemaVersion: SCHEMA_VERSION, id: found.suggestion.id, clientId: found.client.id, at: deps.now().toISOString() });
      return { ok: true };
    },
  };
}
