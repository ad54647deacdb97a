import { addDays, businessDaysBetween, daysBetween, isoDateOf, todayIn } from '../dates';
import { dueWhen, plural } from '../health/words';
import { CONTACT_ROLE_LABELS, type Client, type Commitment, type Contact, type MailRecord, type Settings } from '../model';

export interface Signal {
  /** Stable: the same fact gives the same id on every evaluation. */
  id: string;
  kind: 'agreement-waiting' | 'overdue' | 'silence' | 'heat' | 'stakeholder-gap' | 'single-threaded' | 'leadership-change';
  severity: 'info' | 'warn' | 'critical';
  /** One sentence. */
  message: string;
  clientId: string;
  /** The commitment or contact the signal is about. */
  subjectId?: string;
  /** For stakeholder gaps: who was never told. */
  untold?: string[];
  /** What was measured, against which limit: business days of silence, heat of the last reply, days waiting for signature. */
  measure?: { value: number; limit?: number };
}

export interface SignalInput {
  client: Client;
  contacts: readonly Contact[];
  commitments: readonly Commitment[];
  mail: readonly MailRecord[];
  settings: Pick<Settings, 'silenceDays' | 'agreementUnsignedDays'>;
  now: Date;
  timeZone: string;
}

const STAKEHOLDER_ROLES = new Set(['champion', 'decision-maker', 'finance', 'leadership']);
const HEAT_WARN = 60;
const SINGLE_THREAD_MIN = 4;
const LEADERSHIP_TITLE = /\b(chief|cfo|ceo|coo|cto|cio|vp|vice president|head of|director|president|founder)\b/i;
/** A deadline this close must reach every stakeholder, even when none has heard of it yet… */
const NEAR_DAYS = 14;
/** …if it is one they must hear of: what they sign, pay, renew or lose, not a meeting or a document we owe them. */
const MUST_HEAR = new Set<Commitment['kind']>(['agreement', 'payment', 'renewal', 'service-hold', 'other']);
const TIER_NAME = { key: 'a key client', standard: 'a standard client' } as const;

/** "A", "A and B", "A, B and C". */
function listOf(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/** Our last message, if nothing from them came after it (mail sorted oldest first). */
function awaitingReply(sorted: readonly MailRecord[]): MailRecord | undefined {
  const lastOurs = sorted.findLast((m) => !m.inbound);
  return lastOurs && !sorted.some((m) => m.inbound && m.sentAt > lastOurs.sentAt) ? lastOurs : undefined;
}

/** Relationship signals for one client, from its commitments, contacts and the mail seen so far. */
export function computeSignals({ client, contacts, commitments, mail, settings, now, timeZone }: SignalInput): Signal[] {
  const today = todayIn(timeZone, now);
  const signals: Signal[] = [];
  const open = commitments.filter((c) => c.status === 'open');
  const sorted = [...mail].sort((a, b) => a.sentAt.localeCompare(b.sentAt));

  for (const c of open) {
    if (c.kind === 'agreement' && c.sentAt) {
      const waiting = daysBetween(c.sentAt, today);
      if (waiting >= settings.agreementUnsignedDays) {
        signals.push({
          id: `agreement-waiting:${c.id}`,
          kind: 'agreement-waiting',
          severity: waiting >= settings.agreementUnsignedDays * 2 ? 'critical' : 'warn',
          message: `${c.title} has waited ${plural(waiting, 'day')} for signature.`,
          clientId: client.id,
          subjectId: c.id,
          measure: { value: waiting, limit: settings.agreementUnsignedDays },
        });
      }
    }
    if (c.dueAt < today) {
      signals.push({
        id: `overdue:${c.id}`,
        kind: 'overdue',
        severity: 'critical',
        message: `${c.title} is ${plural(daysBetween(c.dueAt, today), 'day')} overdue.`,
        clientId: client.id,
        subjectId: c.id,
      });
    }
  }

  // Silence: our last message, with nothing from them since.
  const lastOurs = awaitingReply(sorted);
  if (lastOurs) {
    const quiet = businessDaysBetween(isoDateOf(lastOurs.sentAt, timeZone), today);
    const limit = settings.silenceDays[client.tier];
    if (quiet >= limit) {
      signals.push({
        id: `silence:${client.id}:${lastOurs.id}`,
        kind: 'silence',
        severity: client.tier === 'key' ? 'critical' : 'warn',
        message: `${client.name} has not answered our last message for ${plural(quiet, 'business day')} (the limit for ${TIER_NAME[client.tier]} is ${limit}).`,
        clientId: client.id,
        measure: { value: quiet, limit },
      });
    }
  }

  // Heat of their last replies.
  const inbound = sorted.filter((m) => m.inbound).slice(-3);
  const last = inbound[inbound.length - 1];
  if (last && last.heat >= HEAT_WARN) {
    signals.push({
      id: `heat:${last.id}`,
      kind: 'heat',
      severity: last.heat >= 75 ? 'critical' : 'warn',
      message: `${last.fromName || last.from}'s last reply runs hot (${Math.round(last.heat)}/100).`,
      clientId: client.id,
      measure: { value: Math.round(last.heat), limit: HEAT_WARN },
    });
  }

  // Stakeholder gaps: a deadline told to some stakeholders but not to all, or a near one told to none.
  const stakeholders = contacts.filter((c) => STAKEHOLDER_ROLES.has(c.role));
  for (const c of open) {
    const mentions = sorted.filter((m) => m.mentions.some((x) => x.due === c.dueAt && x.kind === c.kind));
    const told = new Set<string>(c.notified.map((n) => n.contactId));
    for (const m of mentions) {
      const reached = new Set([m.from, ...m.to, ...m.cc]);
      for (const s of stakeholders) if (s.emails.some((e) => reached.has(e))) told.add(s.id);
    }
    const untold = stakeholders.filter((s) => !told.has(s.id));
    const left = daysBetween(today, c.dueAt);
    const near = left >= 0 && left <= NEAR_DAYS && MUST_HEAR.has(c.kind);
    if (!untold.length || (!told.size && !near)) continue;
    signals.push({
      id: `stakeholder-gap:${c.id}`,
      kind: 'stakeholder-gap',
      severity: 'warn',
      message: `${listOf(untold.map((s) => `${s.name} (${CONTACT_ROLE_LABELS[s.role].toLowerCase()})`))} ${untold.length === 1 ? 'was' : 'were'} never told of ${c.title}, ${left < 0 ? `due ${c.dueAt}` : dueWhen(c.dueAt, today).replace(/^in /, 'due in ')}.`,
      clientId: client.id,
      subjectId: c.id,
      untold: untold.map((s) => s.id),
    });
  }

  // Single-threaded: one contact carries every thread.
  const threads = new Map<string, Set<string>>();
  for (const m of sorted.filter((x) => x.inbound)) {
    const set = threads.get(m.threadId) ?? new Set<string>();
    set.add(m.from);
    threads.set(m.threadId, set);
  }
  if (threads.size >= SINGLE_THREAD_MIN) {
    const senders = new Set([...threads.values()].flatMap((s) => [...s]));
    if (senders.size === 1) {
      signals.push({
        id: `single-threaded:${client.id}`,
        kind: 'single-threaded',
        severity: 'info',
        message: `Every thread with ${client.name} runs through ${[...senders][0]}: one departure and the account goes dark.`,
        clientId: client.id,
      });
    }
  }

  // Leadership change: flagged by the user, or a new sender with a leadership title.
  for (const contact of contacts) {
    if (contact.newInRole && (contact.role === 'leadership' || contact.role === 'decision-maker' || contact.role === 'finance')) {
      signals.push({
        id: `leadership-change:${contact.id}`,
        kind: 'leadership-change',
        severity: 'warn',
        message: `${contact.name} is new in a ${CONTACT_ROLE_LABELS[contact.role].toLowerCase()} role: budgets may be re-examined.`,
        clientId: client.id,
        subjectId: contact.id,
      });
    }
  }
  const known = new Set(contacts.flatMap((c) => c.emails));
  const reported = new Set<string>();
  for (const m of sorted) {
    if (!m.inbound || known.has(m.from) || reported.has(m.from) || !m.senderTitle || !LEADERSHIP_TITLE.test(m.senderTitle)) continue;
    reported.add(m.from);
    signals.push({
      id: `leadership-change:${m.from}`,
      kind: 'leadership-change',
      severity: 'warn',
      message: `${m.fromName || m.from} (${m.senderTitle}) has joined the conversation and is not a known contact.`,
      clientId: client.id,
    });
  }
  return signals;
}

export interface Alert {
  id: string;
  clientId: string;
  title: string;
  message: string;
}

export interface AlertInput {
  signals: readonly Signal[];
  commitments: readonly Commitment[];
  contacts: readonly Contact[];
  clients: readonly Client[];
  today: string;
  alreadySent: ReadonlySet<string>;
}

const STAGES = [2, 7, 14] as const;
type Stage = (typeof STAGES)[number] | 'passed';

/**
 * A deadline alert's id names the due date it was for, so that moving the
 * date arms the reminders again. Ids sent before they named it
 * (`deadline:<id>:<stage>`) still count as sent, so an upgrade repeats none.
 */
const deadlineAlertId = (c: Commitment, stage: Stage) => `deadline:${c.id}:${c.dueAt}:${stage}`;
const deadlineAlertSent = (sent: ReadonlySet<string>, c: Commitment, stage: Stage) =>
  sent.has(deadlineAlertId(c, stage)) || sent.has(`deadline:${c.id}:${stage}`);

/** How long a sent "deadline passed" alert is remembered after its date; past that, a commitment still open may be alerted once more. */
const PASSED_REMEMBERED_DAYS = 400;
const DATED_DEADLINE_ALERT = /^deadline:.+:(\d{4}-\d{2}-\d{2}):(2|7|14|passed)$/;

/**
 * Whether a sent alert's id must still be kept on `today` for the alert not
 * to be sent again: a 14/7/2-day reminder no longer once its date is past
 * (those stages are before it), a "passed" alert for PASSED_REMEMBERED_DAYS,
 * anything else always. Keeps the list of sent alerts from growing without
 * end.
 */
export function sentAlertStillNeeded(id: string, today: string): boolean {
  const dated = DATED_DEADLINE_ALERT.exec(id);
  if (!dated) return true;
  const [, due = '', stage] = dated;
  return stage === 'passed' ? daysBetween(due, today) <= PASSED_REMEMBERED_DAYS : due >= today;
}

/**
 * Alerts due today that were never sent: a deadline 14 / 7 / 2 days away with
 * stakeholders not yet told (only the nearest stage when several passed at
 * once), a deadline that passed, a key client gone silent.
 */
export function dueAlerts({ signals, commitments, contacts, clients, today, alreadySent }: AlertInput): Alert[] {
  const clientsById = new Map(clients.map((c) => [c.id, c]));
  const alerts: Alert[] = [];
  const gaps = new Map(signals.filter((s) => s.kind === 'stakeholder-gap' && s.subjectId).map((s) => [s.subjectId!, s]));
  const stakeholdersByClient = new Map<string, Contact[]>();
  for (const c of contacts) if (STAKEHOLDER_ROLES.has(c.role)) stakeholdersByClient.set(c.clientId, [...(stakeholdersByClient.get(c.clientId) ?? []), c]);

  for (const c of commitments) {
    if (c.status !== 'open') continue;
    const client = clientsById.get(c.clientId);
    if (!client) continue;
    const left = daysBetween(today, c.dueAt);
    if (left < 0) {
      if (!deadlineAlertSent(alreadySent, c, 'passed')) {
        alerts.push({
          id: deadlineAlertId(c, 'passed'),
          clientId: client.id,
          title: `${client.name}: deadline passed`,
          message: `${c.title} was due ${c.dueAt}.`,
        });
      }
      continue;
    }
    const stage = STAGES.find((s) => left <= s);
    if (stage === undefined) continue;
    const notified = new Set(c.notified.map((n) => n.contactId));
    const untold = gaps.get(c.id)?.untold ?? (stakeholdersByClient.get(client.id) ?? []).filter((s) => !notified.has(s.id)).map((s) => s.id);
    if (!untold.length) continue;
    if (deadlineAlertSent(alreadySent, c, stage)) continue;
    const id = deadlineAlertId(c, stage);
    const names = (stakeholdersByClient.get(client.id) ?? []).filter((s) => untold.includes(s.id)).map((s) => s.name);
    alerts.push({
      id,
      clientId: client.id,
      title: `${client.name}: ${c.title} in ${plural(left, 'day')}`,
      message: `Not yet told: ${names.join(', ') || 'some stakeholders'}.`,
    });
  }
  for (const s of signals) {
    if (s.kind !== 'silence' || clientsById.get(s.clientId)?.tier !== 'key') continue;
    const id = `alert:${s.id}`;
    if (!alreadySent.has(id)) alerts.push({ id, clientId: s.clientId, title: `${clientsById.get(s.clientId)?.name}: gone quiet`, message: s.message });
  }
  return alerts;
}

export interface NextAlertInput {
  client: Client;
  commitments: readonly Commitment[];
  mail: readonly MailRecord[];
  settings: Pick<Settings, 'silenceDays'>;
  timeZone: string;
  /** The day just checked: alerts due on it are already in `alreadySent`. */
  today: string;
  alreadySent: ReadonlySet<string>;
}

/**
 * The first day after `today` on which `dueAlerts` could raise a new alert
 * for this client if nothing is written in between: a deadline reaching a
 * stage or passing, or a key client's silence reaching the tier's limit.
 * `null`: nothing can come due without a write. Any write to the client's
 * data makes it due for a check again (see the store's alert agenda), so
 * this only has to foresee what the passing of days does.
 */
export function nextAlertDay({ client, commitments, mail, settings, timeZone, today, alreadySent }: NextAlertInput): string | null {
  const days: string[] = [];
  for (const c of commitments) {
    if (c.status !== 'open' || c.clientId !== client.id) continue;
    if (!deadlineAlertSent(alreadySent, c, 'passed')) days.push(addDays(c.dueAt, 1));
    for (const stage of STAGES) if (!deadlineAlertSent(alreadySent, c, stage)) days.push(addDays(c.dueAt, -stage));
  }
  if (client.tier === 'key') {
    const lastOurs = awaitingReply([...mail].sort((a, b) => a.sentAt.localeCompare(b.sentAt)));
    if (lastOurs && !alreadySent.has(`alert:silence:${client.id}:${lastOurs.id}`)) {
      const since = isoDateOf(lastOurs.sentAt, timeZone);
      const limit = settings.silenceDays.key;
      // A business day every 7 calendar days at the least.
      for (let day = addDays(today, 1), left = 7 * limit + 7; left > 0; day = addDays(day, 1), left--) {
        if (businessDaysBetween(since, day) >= limit) {
          days.push(day);
          break;
        }
      }
    }
  }
  const ahead = days.filter((day) => day > today).sort();
  return ahead[0] ?? null;
}

/** What of one client's data can raise an alert, as `dueAlerts` and `nextAlertDay` read it. */
export interface AlertEssentials {
  client: Client;
  contacts: Contact[];
  commitments: Commitment[];
  mail: MailRecord[];
}

/**
 * One client's data cut down to what its alerts depend on: the open
 * commitments, the stakeholders, and of the mail only our last message, the
 * first reply after it (silence) and the messages that mention an open
 * commitment (who was told). The alerts of any later day, with no write in
 * between, are the same from this as from everything; the alert agenda keeps
 * it so a day's check need not read the client's records again.
 */
export function alertEssentials(
  client: Client,
  contacts: readonly Contact[],
  commitments: readonly Commitment[],
  mail: readonly MailRecord[],
): AlertEssentials {
  const open = commitments.filter((c) => c.status === 'open' && c.clientId === client.id);
  const sorted = [...mail].sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  const lastOurs = sorted.findLast((m) => !m.inbound);
  const replyAfter = lastOurs && sorted.find((m) => m.inbound && m.sentAt > lastOurs.sentAt);
  const kept = new Set<MailRecord>([lastOurs, replyAfter].filter((m): m is MailRecord => m !== undefined));
  for (const m of sorted) if (m.mentions.some((x) => open.some((c) => c.dueAt === x.due && c.kind === x.kind))) kept.add(m);
  return {
    // Notes and protocols never reach an alert: left out, the agenda stays small.
    client: { ...client, notes: '', protocols: [] },
    contacts: contacts.filter((c) => STAKEHOLDER_ROLES.has(c.role)).map((c) => ({ ...c, notes: '' })),
    commitments: open,
    mail: sorted.filter((m) => kept.has(m)),
  };
}
