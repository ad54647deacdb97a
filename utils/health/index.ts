import { daysBetween } from '../dates';
import { COMMITMENT_KIND_LABELS, type Client, type Commitment, type Settings } from '../model';
import type { Signal } from '../signals';
import { dueWhen, plural } from './words';

export { dueWhen, plural, shortDate } from './words';
export { factsOnce, type FactsOnce } from './once';

export interface HealthReason {
  rule: 'overdue' | 'agreement-unsigned' | 'service-hold' | 'status' | 'due-soon' | 'silence' | 'heat' | 'stakeholder-gap' | 'leadership-change';
  /** One sentence, shown in the popup and the sidebar. */
  message: string;
  points: number;
  /** The commitment the reason is about: shown on that commitment's line, not again on its own. */
  commitmentId?: string;
  /** The signal that states the same fact: shown once, as this reason. */
  signalId?: string;
}

export interface Health {
  level: 'ok' | 'watch' | 'at-risk';
  score: number;
  reasons: HealthReason[];
}

/** "meeting, in 8 days"; "agreement, 12 days overdue, unsigned since it was sent 63 days ago"; "renewal, done (was due 2026-05-01)". */
export function describeCommitment(commitment: Commitment, today: string): string {
  const kind = COMMITMENT_KIND_LABELS[commitment.kind].toLowerCase();
  if (commitment.status !== 'open') return `${kind}, ${commitment.status} (was due ${commitment.dueAt})`;
  const parts = [kind, dueWhen(commitment.dueAt, today)];
  if (commitment.kind === 'agreement') {
    parts.push(commitment.sentAt ? `unsigned since it was sent ${plural(Math.max(0, daysBetween(commitment.sentAt, today)), 'day')} ago` : 'unsigned');
  } else if (commitment.sentAt) {
    parts.push(`sent ${plural(Math.max(0, daysBetween(commitment.sentAt, today)), 'day')} ago`);
  }
  return parts.join(', ');
}

/** "Acme Retail QBR — meeting, in 8 days": a commitment by its title. */
export function commitmentLine(commitment: Commitment, today: string): string {
  return `${commitment.title} — ${describeCommitment(commitment, today)}`;
}

export function isOverdue(commitment: Commitment, today: string): boolean {
  return commitment.status === 'open' && commitment.dueAt < today;
}

export function overdueCommitments(commitments: readonly Commitment[], today: string): Commitment[] {
  return commitments.filter((c) => isOverdue(c, today)).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

export function nextDeadline(commitments: readonly Commitment[], today: string): Commitment | null {
  return commitments.filter((c) => c.status === 'open' && c.dueAt >= today).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0] ?? null;
}

export interface HealthInput {
  client: Client;
  commitments: readonly Commitment[];
  /** The client's signals (utils/signals): silence, heat, untold stakeholders and new leaders count too. */
  signals?: readonly Signal[];
  settings: Pick<Settings, 'agreementUnsignedDays'>;
  today: string;
}

/** Points at which a client is watched, or at risk. */
const WATCH_AT = 20;
const AT_RISK_AT = 50;
/** A deadline this close that a stakeholder never heard of counts against health. */
const NEAR_DAYS = 14;

/**
 * Account health from rules that each explain themselves in one sentence.
 * A key client's facts weigh half as much again: the same slip costs more.
 */
export function assessHealth({ client, commitments, signals = [], settings, today }: HealthInput): Health {
  const reasons: HealthReason[] = [];
  const weight = client.tier === 'key' ? 1.5 : 1;
  const open = commitments.filter((c) => c.clientId === client.id && c.status === 'open');
  const openById = new Map(open.map((c) => [c.id, c]));

  for (const c of overdueCommitments(open, today)) {
    const late = daysBetween(c.dueAt, today);
    reasons.push({
      rule: 'overdue',
      points: (35 + Math.min(late, 30)) * weight,
      message: `${c.title} is ${plural(late, 'day')} overdue.`,
      commitmentId: c.id,
      signalId: `overdue:${c.id}`,
    });
  }
  for (const c of open) {
    if (c.kind !== 'agreement' || !c.sentAt) continue;
    const waiting = daysBetween(c.sentAt, today);
    if (waiting >= settings.agreementUnsignedDays) {
      reasons.push({
        rule: 'agreement-unsigned',
        points: 20 * weight,
        message: `${c.title} has waited ${plural(waiting, 'day')} for signature (limit ${settings.agreementUnsignedDays}).`,
        commitmentId: c.id,
        signalId: `agreement-waiting:${c.id}`,
      });
    }
  }
  for (const c of open) {
    if (c.kind !== 'service-hold') continue;
    const delta = daysBetween(today, c.dueAt);
    if (delta <= NEAR_DAYS) {
      reasons.push({
        rule: 'service-hold',
        points: (delta < 0 ? 40 : 25) * weight,
        message:
          delta < 0
            ? `A service hold has been pending since ${c.dueAt}.`
            : `Services are due to be held ${delta === 0 ? 'today' : `in ${plural(delta, 'day')}`}.`,
        commitmentId: c.id,
      });
    }
  }
  for (const c of open) {
    const delta = daysBetween(today, c.dueAt);
    if (delta >= 0 && delta <= 7 && c.kind !== 'service-hold') {
      reasons.push({ rule: 'due-soon', points: 8 * weight, message: `${c.title} is ${dueWhen(c.dueAt, today)}.`, commitmentId: c.id });
    }
  }
  reasons.push(...signalReasons(signals, openById, today, weight));
  if (client.status === 'at-risk' || client.status === 'on-hold') {
    reasons.push({ rule: 'status', points: 50, message: `You marked ${client.name} as ${client.status}.` });
  }

  const score = Math.round(
    Math.min(
      100,
      reasons.reduce((sum, r) => sum + r.points, 0),
    ),
  );
  const level = score >= AT_RISK_AT ? 'at-risk' : score >= WATCH_AT ? 'watch' : 'ok';
  // The weightiest reason first: it is the one the chip is mostly about.
  const ordered = reasons
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.points - a.r.points || a.i - b.i)
    .map(({ r }) => r);
  return { level, score, reasons: ordered };
}

/** What the relationship itself says: silence past the tier's limit, a hot last reply, a near deadline someone never heard of, a new leader. */
function signalReasons(signals: readonly Signal[], open: ReadonlyMap<string, Commitment>, today: string, weight: number): HealthReason[] {
  const reasons: HealthReason[] = [];
  for (const s of signals) {
    const base = { message: s.message, signalId: s.id };
    switch (s.kind) {
      case 'silence': {
        const over = Math.max(0, (s.measure?.value ?? 0) - (s.measure?.limit ?? 0));
        reasons.push({ ...base, rule: 'silence', points: (20 + Math.min(over, 30)) * weight });
        break;
      }
      case 'heat': {
        const heat = s.measure?.value ?? 60;
        reasons.push({ ...base, rule: 'heat', points: (15 + Math.max(0, heat - 60) / 2) * weight });
        break;
      }
      case 'stakeholder-gap': {
        const commitment = s.subjectId ? open.get(s.subjectId) : undefined;
        if (!commitment) break;
        const left = daysBetween(today, commitment.dueAt);
        if (left < 0 || left > NEAR_DAYS) break;
        // Its own sentence, not folded into the commitment's line: who was never told is news there.
        reasons.push({ ...base, rule: 'stakeholder-gap', points: (left <= 7 ? 25 : 20) * weight });
        break;
      }
      case 'leadership-change':
        reasons.push({ ...base, rule: 'leadership-change', points: 20 * weight });
        break;
      default:
        break;
    }
  }
  return reasons;
}
