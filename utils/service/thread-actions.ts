import { fail, type Handlers, type SenderInfo } from '../messaging';
import type { Contact } from '../model';
import type { ServiceDeps } from './deps';

type ThreadActionHandlers = Pick<Handlers, 'commitment/resolve' | 'commitment/told' | 'contact/new-in-role'>;

const NO_CLIENT = 'The thread open in this tab belongs to no client. Open the thread again.';
const NOT_SHOWN = 'This is not among what the thread open in this tab shows. Open the thread again.';

/** The client of the thread this tab last reported, and what its view showed. */
async function tabClient(deps: ServiceDeps, sender: SenderInfo) {
  const thread = sender.tabId === undefined ? null : await deps.tabs.recall(sender.tabId);
  const client = thread?.view.state === 'matched' ? thread.view.client : undefined;
  return thread && client ? { view: thread.view, client } : null;
}

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The command palette's writes. Each one names an open commitment or a person
 * the tab's thread view showed; the record itself is read from the store and
 * must belong to that view's client, so a page can change nothing of another
 * client, nor anything its thread did not show.
 */
export function threadActionHandlers(deps: ServiceDeps): ThreadActionHandlers {
  const shownCommitment = async (sender: SenderInfo, commitmentId: string) => {
    const tab = await tabClient(deps, sender);
    if (!tab) return fail(NO_CLIENT);
    if (!tab.view.commitments.some((c) => c.id === commitmentId)) return fail(NOT_SHOWN);
    const accounts = await deps.store.loadAccounts();
    const commitment = accounts.commitments.find((c) => c.id === commitmentId && c.clientId === tab.client.id);
    if (!commitment || commitment.status !== 'open') return fail(NOT_SHOWN);
    return { ok: true as const, tab, accounts, commitment };
  };
  /** A contact of the tab's client who is on the tab's thread. */
  const shownContact = (tab: NonNullable<Awaited<ReturnType<typeof tabClient>>>, contacts: readonly Contact[], email: string) =>
    tab.view.participants.some((p) => p.role && sameAddress(p.email, email))
      ? contacts.find((c) => c.clientId === tab.client.id && c.emails.some((e) => sameAddress(e, email)))
      : undefined;

  return {
    'commitment/resolve': async ({ commitmentId, status }, sender) => {
      const found = await shownCommitment(sender, commitmentId);
      if (!found.ok) return found;
      const result = await deps.store.putCommitment({ ...found.commitment, status, updatedAt: deps.now().toISOString() });
      if (!result.ok) return fail(result.error);
      deps.accountsChanged();
      return { ok: true };
    },
    'commitment/told': async ({ commitmentId, email }, sender) => {
      const found = await shownCommitment(sender, commitmentId);
      if (!found.ok) return found;
      const contact = shownContact(found.tab, found.accounts.contacts, email);
      if (!contact) return fail(NOT_SHOWN);
      if (found.commitment.notified.some((n) => n.contactId === contact.id)) return { ok: true };
      const at = deps.now().toISOString();
      const result = await deps.store.putCommitment({
        ...found.commitment,
        notified: [...found.commitment.notified, { contactId: contact.id, at }],
        updatedAt: at,
      });
      if (!result.ok) return fail(result.error);
      deps.accountsChanged();
      return { ok: true };
    },
    'contact/new-in-role': async ({ email }, sender) => {
      const tab = await tabClient(deps, sender);
      if (!tab) return fail(NO_CLIENT);
      const contact = shownContact(tab, (await deps.store.loadAccounts()).contacts, email);
      if (!contact) return fail(NOT_SHOWN);
      if (contact.newInRole) return { ok: true };
      const result = await deps.store.putContact({ ...contact, newInRole: true, updatedAt: deps.now().toISOString() });
      if (!result.ok) return fail(result.error);
      deps.accountsChanged();
      return { ok: true };
    },
  };
}
