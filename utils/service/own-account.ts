import type { Person } from '../mail/snapshot';
import type { Settings } from '../model';
import type { ThreadView } from '../messaging';

/**
 * Who "we" are: the account signed in on the mail page is the user's own
 * unless they said otherwise. On first sight it counts as own (so a fresh
 * install does not read our own replies as the client's) and the sidebar asks
 * "Is this you?"; the answer is stored in the settings.
 */
export function ownAccount(settings: Settings, account: Person | null | undefined): ThreadView['account'] {
  const email = account?.email.trim().toLowerCase();
  if (!account || !email) return null;
  const status = settings.ownAddresses.includes(email) ? 'own' : settings.notOwnAddresses.includes(email) ? 'not-own' : 'unconfirmed';
  return { email, name: account.name, status };
}

/** The addresses that count as ours for this thread: the stored ones, and the signed-in account unless the user said it is not them. */
export function effectiveOwnAddresses(settings: Settings, account: ThreadView['account']): string[] {
  return account?.status === 'unconfirmed' ? [...settings.ownAddresses, account.email] : settings.ownAddresses;
}

/** The settings after the user answered "Is this you?" about `email`. */
export function answerOwnAccount(settings: Settings, email: string, own: boolean): Settings {
  const ownAddresses = settings.ownAddresses.filter((a) => a !== email);
  const notOwnAddresses = settings.notOwnAddresses.filter((a) => a !== email);
  return own
    ? { ...settings, ownAddresses: [...ownAddresses, email], notOwnAddresses }
    : { ...settings, ownAddresses, notOwnAddresses: [...notOwnAddresses, email] };
}
