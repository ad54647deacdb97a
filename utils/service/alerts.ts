import { todayIn } from '../dates';
import type { Client, Commitment, Contact, MailRecord, Settings } from '../model';
import { computeSignals, dueAlerts, nextAlertDay, type Alert } from '../signals';
import type { AccountStore } from '../store';
import { AGENDA_VERSION, type AgendaBasis } from '../store/agenda';
import { groupMailByClient } from './status';

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
  /** Each client's next day to look at (null: none until a write). */
  next: Map<string, string | null>;
}

function byClient<T extends { clientId: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.clientId);
    if (list) list.push(item);
    else out.set(item.clientId, [item]);
  }
  return out;
}

/** The alerts due today for these clients, and when to look at each again. Pure: the same book and day give the same answer. */
export function checkAlerts(book: AlertBook, now: Date, timeZone: string, alreadySent: ReadonlySet<string>): AlertCheck {
  const today = todayIn(timeZone, now);
  const contacts = byClient(book.contacts);
  const commitments = byClient(book.commitments);
  const mail = groupMailByClient(book.mail);
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
  const next = new Map<string, string | null>();
  for (const client of book.clients) {
    next.set(
      client.id,
      nextAlertDay({
        client,
        commitments: commitments.get(client.id) ?? [],
        mail: mail.get(client.id) ?? [],
        settings: book.settings,
        timeZone,
        today,
        alreadySent: sent,
      }),
    );
  }
  return { alerts, next };
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
  if (!due.all && due.clientIds.length === 0) return [];
  const whole = due.all || due.clientIds.length > due.total * READ_WHOLE_SHARE;
  const records = whole ? await readWhole() : await store.clientRecords(due.clientIds);
  const wanted = due.all ? null : new Set(due.clientIds);
  const clients = wanted ? records.clients.filter((c) => wanted.has(c.id)) : records.clients;
  const { alerts, next } = checkAlerts({ ...records, clients, settings }, now, timeZone, await store.sentAlerts());
  // A client due on the agenda but no longer stored: its entry goes.
  const gone = wanted ? [...wanted].filter((id) => !next.has(id)) : [];
  await store.settleAlertAgenda({ sent: alerts.map((a) => a.id), next, gone, today, startedAt, ...(due.all ? { basis } : {}) });
  return alerts;
}
