import { todayIn } from '../dates';
import type { Client, Commitment, Contact, MailRecord, Settings } from '../model';
import { alertEssentials, computeSignals, dueAlerts, nextAlertDay, sentAlertStillNeeded, type Alert, type AlertEssentials } from '../signals';
import type { AccountStore } from '../store';
import { AGENDA_VERSION, type AgendaBasis, type AgendaPlan } from '../store/agenda';
import { groupByClient } from './status';

/** Clients' records as the alert check reads them: the whole book, or the clients due on the agenda. */
export interface AlertBook {
  clients: readonly Client[];
  contacts: readonly Contact[];
  commitments: readonly Commitment[];
  mail: readonly MailRecord[];
  settings: Settings;
}

export interface AlertCheck {
  alerts: Alert[];
  /** Each client's next day to look at (null: none until a write), with what its alerts depend on. */
  plans: Map<string, AgendaPlan>;
}

/** The alerts due today for these clients, and when to look at each again. Pure: the same book and day give the same answer. */
export function checkAlerts(book: AlertBook, now: Date, timeZone: string, alreadySent: ReadonlySet<string>): AlertCheck {
  const today = todayIn(timeZone, now);
  const contacts = groupByClient(book.contacts);
  const commitments = groupByClient(book.commitments);
  const mail = groupByClient(book.mail);
  const signals = book.clients.flatMap((client) =>
    computeSignals({
      client,
      contacts: contacts.get(client.id) ?? [],
      commitments: commitments.get(client.id) ?? [],
      mail: mail.get(client.id) ?? [],
      settings: book.settings,
      now,
      timeZone,
    }),
  );
  const alerts = dueAlerts({ signals, commitments: book.commitments, contacts: book.contacts, clients: book.clients, today, alreadySent });
  const sent = new Set([...alreadySent, ...alerts.map((a) => a.id)]);
  const plans = new Map<string, AgendaPlan>();
  for (const client of book.clients) {
    const essentials = alertEssentials(client, contacts.get(client.id) ?? [], commitments.get(client.id) ?? [], mail.get(client.id) ?? []);
    const next = nextAlertDay({ ...essentials, settings: book.settings, timeZone, today, alreadySent: sent });
    plans.set(client.id, { next, essentials });
  }
  return { alerts, plans };
}

/** The clients' essentials as a book: what a day's check reads for clients with nothing written since the last. */
function bookOf(essentials: readonly AlertEssentials[]): Omit<AlertBook, 'settings'> {
  return {
    clients: essentials.map((e) => e.client),
    contacts: essentials.flatMap((e) => e.contacts),
    commitments: essentials.flatMap((e) => e.commitments),
    mail: essentials.flatMap((e) => e.mail),
  };
}

/** Reading by client costs a few requests each: past this share of the book, reading it whole is cheaper. */
const READ_WHOLE_SHARE = 0.25;

/**
 * The hourly alert check. It reads only the clients the agenda says are due
 * (a write to their data, or a day their alerts can change), so a quiet hour
 * costs a few reads at any size; the first check, and the first after the
 * zone or the key-client silence limit changed, reads the whole book and
 * makes the agenda anew. Alerts are marked sent in the same transaction
 * that moves the agenda on, so a restarted worker never repeats one.
 */
export async function runAlertCheck(store: AccountStore, readWhole: () => Promise<Omit<AlertBook, 'settings'>>, now: Date, timeZone: string): Promise<Alert[]> {
  const startedAt = Date.now();
  const { settings } = await store.getSettings();
  const basis: AgendaBasis = { version: AGENDA_VERSION, timeZone, keySilenceDays: settings.silenceDays.key };
  const today = todayIn(timeZone, now);
  const due = await store.alertAgendaDue(today, basis);
  if (!due.all && due.due.length === 0) return [];
  const kept = due.all ? [] : due.due.flatMap((d) => (d.essentials ? [d.essentials] : []));
  // Clients written to since their last check (or whose essentials no longer parse): read from the records.
  const written = due.all ? null : due.due.filter((d) => !d.essentials).map((d) => d.clientId);
  const records = await (due.all || (written && written.length > due.total * READ_WHOLE_SHARE)
    ? readWhole()
    : written?.length
      ? store.clientRecords(written)
      : bookOf([]));
  // Of a whole read for some clients, only theirs: the others due come from what the agenda kept, and must not come twice.
  const wanted = written && new Set(written);
  const theirs = <T>(items: readonly T[], clientOf: (item: T) => string) => (wanted ? items.filter((item) => wanted.has(clientOf(item))) : items);
  const saved = bookOf(kept);
  const book: AlertBook = {
    clients: [...theirs(records.clients, (c) => c.id), ...saved.clients],
    contacts: [...theirs(records.contacts, (c) => c.clientId), ...saved.contacts],
    commitments: [...theirs(records.commitments, (c) => c.clientId), ...saved.commitments],
    mail: [...theirs(records.mail, (m) => m.clientId), ...saved.mail],
    settings,
  };
  const { alerts, plans } = checkAlerts(book, now, timeZone, await store.sentAlerts());
  // A client due on the agenda but no longer stored: its entry goes.
  const gone = written ? written.filter((id) => !plans.has(id)) : [];
  await store.settleAlertAgenda({
    sent: alerts.map((a) => a.id),
    keepSent: (id) => sentAlertStillNeeded(id, today),
    plans,
    gone,
    today,
    startedAt,
    ...(due.all ? { basis } : {}),
  });
  return alerts;
}
