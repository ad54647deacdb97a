import { z } from 'zod';
import { daysBetween, formatDay, relativeDays } from '../dates';
import { CRITICAL_KINDS, type Dated, type Person, readState, type Rupture, type StateReading } from './reading';
import { type SuggestState, SuggestStateSchema, type SuggestStateInput } from './state';

export const SITUATION_IDS = [
  'de-escalate',
  'reconcile',
  'early-deadline-warning',
  'firm-final-notice',
  'service-hold-notice',
  'protocol-proposal',
  'champion-business-case',
  'thank-champion',
] as const;
export const SituationIdSchema = z.enum(SITUATION_IDS);
export type SituationId = z.infer<typeof SituationIdSchema>;

/** What the sidebar shows as the situation's heading. */
export const SITUATION_TITLES: Record<SituationId, string> = {
  'de-escalate': 'Lower the temperature',
  reconcile: 'Repair the relationship',
  'early-deadline-warning': 'Warn everyone early about a deadline',
  'firm-final-notice': 'Firm, clear notice on an overdue item',
  'service-hold-notice': 'Announce a service hold plainly',
  'protocol-proposal': 'Propose how critical dates are handled',
  'champion-business-case': 'Give your champion a business case',
  'thank-champion': 'Thank your champion',
};

export interface ChosenSituation {
  id: SituationId;
  /** One sentence saying what in the state called for it. */
  why: string;
  /** 0..100, higher first. */
  priority: number;
}

/** Days before a deadline at which everyone is told: two weeks, one week, two days. */
export const WARNING_STAGES = [2, 7, 14] as const;
/** Kinds whose day the client's stakeholders must all know; holds have their own notice, meetings and deliverables are not theirs to act on. */
export const WARNED_KINDS = ['agreement', 'payment', 'renewal', 'other'] as const;
/** Days overdue after which a plain, firm notice is due. */
export const FINAL_NOTICE_AFTER_DAYS = 21;
/** How far ahead critical dates call for an agreed way of flagging them. */
export const PROTOCOL_HORIZON_DAYS = 60;

const HEATED = new Set(['heated', 'hostile']);

export function displayName(person: Person): string {
  return person.name || person.firstName || 'someone on their side';
}

/** "Maria", "Maria and Helen", "Maria, Helen and Devon". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "the 2026 services agreement", but "Invoice NW-0388" as written. */
export function theTitle(title: string): string {
  return /^[a-z0-9]/.test(title) ? `the ${title}` : title;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The warning stage a deadline is in, or undefined when it is not within two weeks. */
export function warningStage(daysLeft: number): (typeof WARNING_STAGES)[number] | undefined {
  if (daysLeft < 1) return undefined;
  return WARNING_STAGES.find((stage) => daysLeft <= stage);
}

/** Stakeholders not yet told about a deadline in its current stage. */
export function untoldStakeholders(reading: StateReading, dated: Dated, stage: number): Person[] {
  // Told within the stage: on or after the day that is `stage` days before the deadline.
  return reading.stakeholders.filter((person) => {
    if (!person.contactId) return true;
    return !dated.commitment.notified.some((n) => n.contactId === person.contactId && daysBetween(n.at.slice(0, 10), dated.commitment.dueAt) <= stage);
  });
}

/** The deadline an early warning is for: the soonest one within two weeks that someone has not heard about. */
export function deadlineToWarn(reading: StateReading): { dated: Dated; stage: number; untold: Person[] } | undefined {
  for (const dated of reading.open) {
    if (!(WARNED_KINDS as readonly string[]).includes(dated.commitment.kind)) continue;
    const stage = warningStage(dated.daysLeft);
    if (stage === undefined) continue;
    const untold = untoldStakeholders(reading, dated, stage);
    if (untold.length) return { dated, stage, untold };
  }
  return undefined;
}

export function criticalDeadlines(reading: StateReading): Dated[] {
  return reading.open.filter((d) => CRITICAL_KINDS.includes(d.commitment.kind) && d.daysLeft <= PROTOCOL_HORIZON_DAYS);
}

function describeRupture(rupture: Rupture, today: string): string {
  switch (rupture.kind) {
    case 'hold':
      return `the service hold on ${formatDay(rupture.on, today)}`;
    case 'hard-message':
      return rupture.on ? `our ${rupture.level} message of ${formatDay(rupture.on, today)}` : `our last message, which read as ${rupture.level}`;
    case 'hostile-reply':
      return rupture.on ? `their hostile reply of ${formatDay(rupture.on, today)}` : 'their hostile last reply';
  }
}

function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

function businessDays(n: number): string {
  return `${n} business ${n === 1 ? 'day' : 'days'}`;
}

/**
 * Which situations the client's state and the open thread call for, most
 * pressing first, each with the one sentence that explains it.
 */
export function chooseSituations(input: SuggestState | SuggestStateInput): ChosenSituation[] {
  const state = SuggestStateSchema.parse(input);
  const reading = readState(state);
  const { today, clientName } = reading;
  const chosen: ChosenSituation[] = [];
  const heated = reading.inboundLevel !== undefined && HEATED.has(reading.inboundLevel);
  const quiet = state.silenceDays >= state.silenceLimitDays;

  const inbound = state.lastInbound;
  if (inbound && heated) {
    const who = inbound.fromName || 'Their';
    chosen.push({
      id: 'de-escalate',
      why: `${inbound.fromName ? `${who}'s` : who} last reply reads as ${reading.inboundLevel} (score ${Math.round(inbound.heat)}).`,
      priority: inbound.answered ? 70 : reading.inboundLevel === 'hostile' ? 95 : 90,
    });
  }

  if (reading.rupture && quiet) {
    chosen.push({
      id: 'reconcile',
      why: `${clientName} has not replied for ${businessDays(state.silenceDays)} since ${describeRupture(reading.rupture, today)}.`,
      priority: 80,
    });
  }

  const hold = reading.holdsAhead[0];
  if (hold) {
    chosen.push({
      id: 'service-hold-notice',
      why: `A service hold (${hold.commitment.title}) is due ${relativeDays(hold.daysLeft)}, on ${formatDay(hold.commitment.dueAt, today)}.`,
      priority: hold.daysLeft <= 2 ? 92 : hold.daysLeft <= 7 ? 78 : 62,
    });
  }

  const warn = deadlineToWarn(reading);
  if (warn) {
    const { dated, stage, untold } = warn;
    const names = untold.map((p) => p.firstName ?? displayName(p));
    chosen.push({
      id: 'early-deadline-warning',
      why: `${capitalize(theTitle(dated.commitment.title))} is due ${relativeDays(dated.daysLeft)} (${formatDay(dated.commitment.dueAt, today)}) and ${joinNames(names)} ${names.length === 1 ? 'has' : 'have'} not been told yet.`,
      priority: stage === 2 ? 88 : stage === 7 ? 68 : 52,
    });
  }

  const overdue = reading.overdue[0];
  // A final notice into a heated thread escalates it: calm the thread first.
  if (overdue && -overdue.daysLeft >= FINAL_NOTICE_AFTER_DAYS && !heated) {
    chosen.push({
      id: 'firm-final-notice',
      why: `${capitalize(theTitle(overdue.commitment.title))} is ${days(-overdue.daysLeft)} overdue (due ${formatDay(overdue.commitment.dueAt, today)}).`,
      priority: 64,
    });
  }

  const critical = criticalDeadlines(reading);
  const noProtocol = state.client.protocols.length === 0;
  if (reading.rupture) {
    chosen.push({
      id: 'protocol-proposal',
      why: `After ${describeRupture(reading.rupture, today)}, agreeing with ${clientName} how critical dates are flagged keeps it from happening again.`,
      priority: 58,
    });
  } else if (critical.length && noProtocol) {
    chosen.push({
      id: 'protocol-proposal',
      why: `${clientName} has ${critical.length === 1 ? 'a critical date' : `${critical.length} critical dates`} within ${PROTOCOL_HORIZON_DAYS} days and no agreed way of flagging them.`,
      priority: 45,
    });
  }

  const champion = reading.champion?.onThread ? reading.champion : undefined;
  const budgetHolder = reading.newBudgetHolder;
  if (champion && budgetHolder) {
    chosen.push({
      id: 'champion-business-case',
      why: `${displayName(budgetHolder)} is new in a ${budgetHolder.role} role, so ${displayName(champion)} (your champion, on this thread) may need a business case to defend the budget.`,
      priority: 75,
    });
  }

  const calm = !heated && !reading.rupture && !quiet;
  if (champion && calm) {
    chosen.push({
      id: 'thank-champion',
      why: `${displayName(champion)}, your champion, is on this thread and things are calm: a good moment to say thank you.`,
      priority: 20,
    });
  }

  return chosen.sort((a, b) => b.priority - a.priority);
}
