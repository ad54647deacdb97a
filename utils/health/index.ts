import { daysBetween } from '../dates';
import { COMMITMENT_KIND_LABELS, type Client, type Commitment, type Settings } from '../model';

export interface HealthReason {
  rule: 'overdue' | 'agreement-unsigned' | 'service-hold' | 'status' | 'due-soon';
  /** One sentence, shown in the popup. */
  message: string;
  points: number;
}

export interface Health {
  level: 'ok' | 'watch' | 'at-risk';
  score: number;
  reasons: HealthReason[];
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

function dueText(dueAt: string, today: string): string {
  const delta = daysBetween(today, dueAt);
  if (delta === 0) return 'due today';
  return delta > 0 ? `due in ${days(delta)}` : `due ${days(-delta)} ago`;
}

/** "Agreement — sent 63 days ago, unsigned, due 12 days ago". */
export function describeCommitment(commitment: Commitment, today: string): string {
  const parts: string[] = [];
  if (commitment.sentAt) parts.push(`sent ${days(Math.max(0, daysBetween(commitment.sentAt, today)))} ago`);
  if (commitment.kind === 'agreement' && commitment.status === 'open') parts.push('unsigned');
  if (commitment.status === 'open') parts.push(dueText(commitment.dueAt, today));
  else parts.push(`${commitment.status} (was due ${commitment.dueAt})`);
  return `${COMMITMENT_KIND_LABELS[commitment.kind]} — ${parts.join(', ')}`;
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
  settings: Pick<Settings, 'agreementUnsignedDays'>;
  today: string;
}

/** Points at which a client is watched, or at risk. */
const WATCH_AT = 20;
const AT_RISK_AT = 50;

/**
 * Account health from rules that each explain themselves in one sentence.
 * A key client's facts weigh half as much again: the same slip costs more.
 */
export function assessHealth({ client, commitments, settings, today }: HealthInput): Health {
  const reasons: HealthReason[] = [];
  const weight = client.tier === 'key' ? 1.5 : 1;
  const open = commitments.filter((c) => c.clientId === client.id && c.status === 'open');

  for (const c of overdueCommitments(open, today)) {
    const late = daysBetween(c.dueAt, today);
    reasons.push({ rule: 'overdue', points: (35 + Math.min(late, 30)) * weight, message: `${c.title} is ${days(late)} overdue.` });
  }
  for (const c of open) {
    if (c.kind !== 'agreement' || !c.sentAt) continue;
    const waiting = daysBetween(c.sentAt, today);
    if (waiting >= settings.agreementUnsignedDays) {
      reasons.push({
        rule: 'agreement-unsigned',
        points: 20 * weight,
        message: `${c.title} has waited ${days(waiting)} for signature (limit ${settings.agreementUnsignedDays}).`,
      });
    }
  }
  for (const c of open) {
    if (c.kind !== 'service-hold') continue;
    const delta = daysBetween(today, c.dueAt);
    if (delta <= 14) {
      reasons.push({
        rule: 'service-hold',
        points: (delta < 0 ? 40 : 25) * weight,
        message: delta < 0 ? `A service hold has been pending since ${c.dueAt}.` : `Services are due to be held ${delta === 0 ? 'today' : `in ${days(delta)}`}.`,
      });
    }
  }
  for (const c of open) {
    const delta = daysBetween(today, c.dueAt);
    if (delta >= 0 && delta <= 7 && c.kind !== 'service-hold') {
      reasons.push({ rule: 'due-soon', points: 8 * weight, message: `${c.title} is ${dueText(c.dueAt, today)}.` });
    }
  }
  if (client.status === 'at-risk' || client.status === 'on-hold') {
    reasons.push({ rule: 'status', points: 50, message: `You marked ${client.name} as ${client.status}.` });
  }
  if (client.tier === 'key' && reasons.length) {
    reasons.push({ rule: 'status', points: 0, message: `${client.name} is a key client: every issue weighs more.` });
  }

  const score = Math.round(Math.min(100, reasons.reduce((sum, r) => sum + r.points, 0)));
  const level = score >= AT_RISK_AT ? 'at-risk' : score >= WATCH_AT ? 'watch' : 'ok';
  return { level, score, reasons };
}
