import { daysBetween, todayIn } from '../dates';
import { assessHealth, commitmentLine, nextDeadline, overdueCommitments } from '../health';
import type { ClientStatus, CommitmentView, SignalView, TriageCounts, TriageGroup, TriageRow } from '../messaging';
import type { Client, Commitment, MailRecord } from '../model';
import { computeSignals, type Signal } from '../signals';
import type { CorruptRecord } from '../store';
import type { AccountSnapshot } from './account-cache';

export function commitmentView(commitment: Commitment, today: string): CommitmentView {
  return {
    commitment,
    description: commitmentLine(commitment, today),
    overdue: commitment.status === 'open' && commitment.dueAt < today,
  };
}

export function signalView(signal: Signal): SignalView {
  return { id: signal.id, kind: signal.kind, severity: signal.severity, message: signal.message, ...(signal.subjectId ? { subjectId: signal.subjectId } : {}) };
}

/** Signals for one client from what the store holds. */
export function clientSignals(accounts: AccountSnapshot, client: Client, mail: MailRecord[], now: Date, timeZone: string): Signal[] {
  return computeSignals({
    client,
    contacts: accounts.contactsByClient.get(client.id) ?? [],
    commitments: accounts.commitmentsByClient.get(client.id) ?? [],
    mail,
    settings: accounts.settings,
    now,
    timeZone,
  });
}

/** The popup's row for one client: health with its reasons, overdue items, the next deadline, signals. */
export function clientStatus(accounts: AccountSnapshot, client: Client, signals: Signal[], today: string): ClientStatus {
  const commitments = accounts.commitmentsByClient.get(client.id) ?? [];
  const health = assessHealth({ client, commitments, signals, settings: accounts.settings, today });
  const next = nextDeadline(commitments, today);
  return {
    client,
    health: {
      level: health.level,
      score: health.score,
      reasons: health.reasons.map((r) => r.message),
      basis: health.reasons.map(({ message, commitmentId, signalId }) => ({
        message,
        ...(commitmentId ? { commitmentId } : {}),
        ...(signalId ? { signalId } : {}),
      })),
    },
    overdue: overdueCommitments(commitments, today).map((c) => commitmentView(c, today)),
    next: next ? commitmentView(next, today) : null,
    signals: signals.map(signalView),
    contactCount: (accounts.contactsByClient.get(client.id) ?? []).length,
  };
}

const LEVEL_ORDER = { 'at-risk': 0, watch: 1, ok: 2 } as const;

/**
 * Records by client, in one pass. Whatever looks at every client's records
 * (the account cache, the popup's status, the hourly alert check) goes
 * through this: a scan of all mail per client costs clients × mail, 40 s for
 * 10,000 clients.
 */
export function groupByClient<T extends { clientId: string }>(items: readonly T[]): Map<string, T[]> {
  const byClient = new Map<string, T[]>();
  for (const item of items) {
    const list = byClient.get(item.clientId);
    if (list) list.push(item);
    else byClient.set(item.clientId, [item]);
  }
  return byClient;
}

export function allClientStatuses(accounts: AccountSnapshot, mail: MailRecord[], now: Date, timeZone: string): ClientStatus[] {
  const today = todayIn(timeZone, now);
  const mailByClient = groupByClient(mail);
  return accounts.clients
    .map((client) => clientStatus(accounts, client, clientSignals(accounts, client, mailByClient.get(client.id) ?? [], now, timeZone), today))
    .sort((a, b) => LEVEL_ORDER[a.health.level] - LEVEL_ORDER[b.health.level] || a.client.name.localeCompare(b.client.name));
}

export function countOverdue(accounts: AccountSnapshot, today: string): number {
  return overdueCommitments(accounts.commitments, today).length;
}

/** "Deadlines within 14 days" in the popup's triage. */
export const TRIAGE_DEADLINE_DAYS = 14;

/**
 * Where a client belongs in the popup's triage, and the one sentence that
 * put it there: at risk first, then a deadline within 14 days, then silence
 * past the tier's limit; everything else is "other".
 */
export function triageRow(status: ClientStatus, today: string): TriageRow {
  const { client, health, next, signals } = status;
  const base = { id: client.id, name: client.name, key: client.tier === 'key', sample: Boolean(client.sample), level: health.level, domains: client.domains };
  const silence = signals.find((s) => s.kind === 'silence');
  if (health.level === 'at-risk') return { ...base, group: 'at-risk', line: health.reasons[0] ?? 'At risk.' };
  if (next && daysBetween(today, next.commitment.dueAt) <= TRIAGE_DEADLINE_DAYS) return { ...base, group: 'deadline', line: next.description };
  if (silence) return { ...base, group: 'silence', line: silence.message };
  return { ...base, group: 'other', line: next ? `Next: ${next.description}` : 'No upcoming deadline.' };
}

const GROUP_ORDER: Record<TriageGroup, number> = { 'at-risk': 0, deadline: 1, silence: 2, other: 3 };

export interface Triage {
  rows: TriageRow[];
  counts: TriageCounts;
}

/**
 * Every client as a triage row, in the order the popup shows them: by group;
 * at risk by score, deadlines soonest first, silence longest first (as
 * statuses come, by health then name), the rest by name.
 */
export function triageOf(statuses: readonly ClientStatus[], today: string): Triage {
  const keyed = statuses.map((status, order) => ({ row: triageRow(status, today), status, order }));
  const within = (a: (typeof keyed)[number], b: (typeof keyed)[number]): number => {
    switch (a.row.group) {
      case 'at-risk':
        return b.status.health.score - a.status.health.score || a.order - b.order;
      case 'deadline':
        return (a.status.next?.commitment.dueAt ?? '').localeCompare(b.status.next?.commitment.dueAt ?? '') || a.order - b.order;
      default:
        return a.order - b.order;
    }
  };
  keyed.sort((a, b) => GROUP_ORDER[a.row.group] - GROUP_ORDER[b.row.group] || within(a, b));
  const counts: TriageCounts = { 'at-risk': 0, deadline: 0, silence: 0, other: 0 };
  for (const { row } of keyed) counts[row.group] += 1;
  return { rows: keyed.map((k) => k.row), counts };
}

/** What the popup is served: every client's status, computed once per change of the data or the day. */
export interface StatusSnapshot {
  today: string;
  /** The zone `today` was taken in. */
  timeZone: string;
  accounts: AccountSnapshot;
  statuses: Map<string, ClientStatus>;
  triage: Triage;
  overdueCount: number;
  corrupt: CorruptRecord[];
}

export interface StatusCacheSource {
  accounts(): Promise<AccountSnapshot>;
  listMail(): Promise<{ items: MailRecord[]; corrupt: CorruptRecord[] }>;
  now(): Date;
  timeZone(): string;
  /** Runs the warm-up after a write; a timer in the background, never in tests unless they ask. */
  schedule?: (run: () => void) => void;
  /** Told of each snapshot computed and still current once done (one a write overtook is not). */
  computed?: (snapshot: StatusSnapshot) => void;
  /** Told, before anything else, that the data changed and the last snapshot no longer holds. */
  dropped?: () => void;
}

/**
 * The popup's status, kept in the background: computed from the account
 * cache and the mail once, dropped on every write (accounts, settings, mail)
 * and at the turn of the day, and computed again right after a write when
 * `schedule` is given, so the popup opening later finds it ready.
 * `computed` and `dropped` let the background keep a copy of the first
 * screen where the popup reads it fastest (service/first-screen.ts).
 */
export function createStatusCache(source: StatusCacheSource) {
  let current: Promise<StatusSnapshot> | null = null;
  let warmScheduled = false;
  const compute = async (): Promise<StatusSnapshot> => {
    const [accounts, mail] = await Promise.all([source.accounts(), source.listMail()]);
    const now = source.now();
    const timeZone = source.timeZone();
    const today = todayIn(timeZone, now);
    const list = allClientStatuses(accounts, mail.items, now, timeZone);
    return {
      today,
      timeZone,
      accounts,
      statuses: new Map(list.map((s) => [s.client.id, s])),
      triage: triageOf(list, today),
      overdueCount: countOverdue(accounts, today),
      corrupt: [...accounts.corrupt, ...mail.corrupt],
    };
  };
  const load = (): Promise<StatusSnapshot> => {
    const loading = compute().then(
      (snapshot) => {
        if (current === loading) source.computed?.(snapshot);
        return snapshot;
      },
      (error: unknown) => {
        if (current === loading) current = null;
        throw error;
      },
    );
    current = loading;
    return loading;
  };
  const cache = {
    async get(): Promise<StatusSnapshot> {
      const snapshot = await (current ?? load());
      // A new day changes every "in 3 days" and every silence count.
      return snapshot.today === todayIn(source.timeZone(), source.now()) ? snapshot : load();
    },
    invalidate(): void {
      current = null;
      source.dropped?.();
      if (!source.schedule || warmScheduled) return;
      warmScheduled = true;
      source.schedule(() => {
        warmScheduled = false;
        if (!current) void load().catch(() => undefined);
      });
    },
  };
  return cache;
}
